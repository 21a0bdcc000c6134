import type { ChainRunEntry } from '../../domain/plugin-test/chain-run';
import { sampleAfter } from '../../domain/plugin-test/chain-run';
import type { Sample, TestOutcome } from '../../domain/plugin-test';
import type { TestTarget } from './run-plugin-test';
import { runPluginTest } from './run-plugin-test';

/** A step of a chain run: what the function did, or why it did not run. */
export interface ChainStepResult {
  entry: ChainRunEntry;
  outcome?: TestOutcome;
  skipped?: string;
}

/** How to run one function of the chain: its target, or why it cannot run here. */
export type TargetFor = (entry: ChainRunEntry) => TestTarget | { skip: string };

/**
 * Run every hook function of the API on the sample, in the gateway's order, each on the request as the one
 * before left it; response hooks on the sample response. A function that fails, or answers the client itself,
 * ends the request there, as on the gateway.
 */
export async function runChain(plan: readonly ChainRunEntry[], sample: Sample, targetFor: TargetFor): Promise<ChainStepResult[]> {
  const results: ChainStepResult[] = [];
  let current = sample;
  let endedBy: string | undefined;
  for (const entry of plan) {
    if (endedBy) {
      results.push({ entry, skipped: endedBy });
      continue;
    }
    if (!entry.runs) {
      results.push({ entry, skipped: entry.reason });
      continue;
    }
    const target = targetFor(entry);
    if ('skip' in target) {
      results.push({ entry, skipped: target.skip });
      continue;
    }
    const { outcome } = await runPluginTest(target, current);
    results.push({ entry, outcome });
    if (outcome.error) endedBy = `Not reached: ${entry.fn.name} failed, so the gateway answers 500 there.`;
    else if (outcome.verdict && entry.hook !== 'response') endedBy = `Not reached: ${entry.fn.name} answered the client itself.`;
    else current = sampleAfter(current, outcome, entry.hook);
  }
  return results;
}
