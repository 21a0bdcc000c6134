import { outcomeSummary } from '../../domain/plugin-test';
import type { ChainStepResult } from './run-chain';

const HOOK_WORD = { pre: 'Pre', auth: 'Custom auth', postAuth: 'Post-auth', post: 'Post', response: 'Response' } as const;

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
                  {outcomeSummary(outcome)} <span className="text-slate-500">({outcome.ms} ms)</span>
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
