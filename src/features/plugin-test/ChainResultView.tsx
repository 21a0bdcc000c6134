import type { TestOutcome } from '../../domain/plugin-test';
import { changedNothing } from '../../domain/plugin-test';
import type { ChainStepResult } from './run-chain';

const HOOK_WORD = { pre: 'Pre', auth: 'Custom auth', postAuth: 'Post-auth', post: 'Post', response: 'Response' } as const;

function summary(outcome: TestOutcome): string {
  if (outcome.error) return `${outcome.error.kind} error: ${outcome.error.message}`;
  if (outcome.verdict) return outcome.verdict;
  if (outcome.sessionAfter !== undefined && changedNothing(outcome)) return 'let the request in, with the session it set';
  if (changedNothing(outcome)) return 'changed nothing';
  const parts: string[] = [];
  const set = Object.keys(outcome.headersSet);
  if (set.length > 0) parts.push(`set ${set.join(', ')}`);
  if (outcome.headersDeleted.length > 0) parts.push(`deleted ${outcome.headersDeleted.join(', ')}`);
  const params = Object.keys(outcome.paramsAdded).length + outcome.paramsDeleted.length;
  if (params > 0) parts.push(`${params} query parameter change${params === 1 ? '' : 's'}`);
  if (outcome.body) parts.push('changed the body');
  if (outcome.response) {
    const r = outcome.response;
    const headers = Object.keys(r.headersSet).length + r.headersDeleted.length;
    if (r.statusAfter !== r.statusBefore) parts.push(`status ${r.statusBefore} → ${r.statusAfter}`);
    if (headers > 0) parts.push(`${headers} response header change${headers === 1 ? '' : 's'}`);
    if (r.body) parts.push('changed the response body');
  }
  return parts.join('; ');
}

/** The chain run: each function in the gateway's order, with what it did or why it was skipped. */
export function ChainResultView({ results }: { results: readonly ChainStepResult[] }) {
  return (
    <div className="space-y-1 border-t border-slate-200 pt-2" data-testid="chain-result">
      <h4 className="text-sm font-semibold">The chain, in the gateway’s order</h4>
      {results.length === 0 ? (
        <p className="text-xs text-slate-600">This API has no plugin functions on its hooks.</p>
      ) : (
        <ol aria-label="Plugin functions run on the sample, in order" className="list-decimal space-y-1 pl-5 text-xs">
          {results.map(({ entry, outcome, skipped }, index) => (
            <li key={`${entry.hook}-${entry.fn.name}-${index}`}>
              <span className="font-semibold">{HOOK_WORD[entry.hook]}</span> <span className="font-mono">{entry.fn.name}</span>:{' '}
              {skipped ? (
                <span className="text-slate-600">skipped: {skipped}</span>
              ) : outcome ? (
                <span className={outcome.error ? 'text-red-700' : outcome.verdict ? 'text-amber-800' : 'text-emerald-800'}>
                  {summary(outcome)} <span className="text-slate-500">({outcome.ms} ms)</span>
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
