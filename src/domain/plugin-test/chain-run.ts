import type { ChainStep } from '../chain/types';
import type { PluginFunction } from '../pipeline/model';
import type { TestableHook } from './hooks';
import type { TestOutcome } from './outcome';
import type { Sample } from './sample';

const TESTABLE: readonly string[] = ['pre', 'auth', 'postAuth', 'post', 'response'];

/** One function of a chain run, in the gateway's order, and whether the gateway would call it. */
export interface ChainRunEntry {
  hook: TestableHook;
  fn: PluginFunction;
  runs: boolean;
  reason: string;
}

/**
 * The plugin functions a request meets, in the gateway's order (pre, custom auth, post-auth, post, then
 * response), from the chain the pipeline draws: a function of an inactive stage (post-auth on a keyless
 * API, say) or a disabled one is kept with the reason it is skipped.
 */
export function chainRunPlan(chain: readonly ChainStep[]): ChainRunEntry[] {
  const out: ChainRunEntry[] = [];
  for (const step of chain) {
    if (step.kind !== 'hook' || !step.hook || !TESTABLE.includes(step.hook)) continue;
    for (const item of step.functions) {
      const runs = step.active && item.runs;
      out.push({ hook: step.hook as TestableHook, fn: item.fn, runs, reason: step.active ? item.reason : step.reason });
    }
  }
  return out;
}

function withoutHeader(headers: Record<string, string[]>, name: string): Record<string, string[]> {
  return Object.fromEntries(Object.entries(headers).filter(([key]) => key.toLowerCase() !== name.toLowerCase()));
}

/** The sample as the next hook sees it: headers, parameters and body changed, the session set by custom auth. */
export function sampleAfter(sample: Sample, outcome: TestOutcome, hook: TestableHook): Sample {
  let headers = { ...sample.headers };
  for (const name of outcome.headersDeleted) headers = withoutHeader(headers, name);
  for (const [name, value] of Object.entries(outcome.headersSet)) headers = { ...withoutHeader(headers, name), [name]: [value] };
  const query = { ...sample.query };
  for (const name of outcome.paramsDeleted) delete query[name];
  for (const [name, value] of Object.entries(outcome.paramsAdded)) query[name] = [value];
  let session = sample.session;
  if (hook === 'auth' && typeof outcome.sessionAfter === 'object' && outcome.sessionAfter !== null) session = outcome.sessionAfter as Record<string, unknown>;
  if (outcome.metadataAfter) session = { ...session, meta_data: { ...(session.meta_data as object | undefined), ...outcome.metadataAfter } };
  const response = outcome.response
    ? {
        status: outcome.response.statusAfter,
        headers: (() => {
          let h = { ...sample.response.headers };
          for (const name of outcome.response.headersDeleted) h = withoutHeader(h, name);
          for (const [name, value] of Object.entries(outcome.response.headersSet)) h = { ...withoutHeader(h, name), [name]: [value] };
          return h;
        })(),
        body: outcome.response.body?.after ?? sample.response.body,
      }
    : sample.response;
  return { ...sample, headers, query, body: outcome.body?.after ?? sample.body, session, response };
}
