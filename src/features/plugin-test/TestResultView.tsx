import type { TestOutcome } from '../../domain/plugin-test';
import { changedNothing } from '../../domain/plugin-test';
import { ChangeList } from './ChangeList';
import type { RunResult } from './run-plugin-test';

const ERROR_TITLE = { syntax: 'Syntax error', timeout: 'Timeout', runtime: 'Runtime error', internal: 'The run failed' } as const;
const pre = 'max-h-48 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-100 p-2 font-mono text-xs';

function BodyChange({ label, body }: { label: string; body: { before: string; after: string } }) {
  return (
    <div className="grid gap-1 sm:grid-cols-2">
      <div className="min-w-0">
        <h5 className="text-xs font-semibold text-slate-700">{label} before</h5>
        <pre className={pre}>{body.before || '(empty)'}</pre>
      </div>
      <div className="min-w-0">
        <h5 className="text-xs font-semibold text-slate-700">{label} after</h5>
        <pre className={pre}>{body.after || '(empty)'}</pre>
      </div>
    </div>
  );
}

function Changes({ outcome }: { outcome: TestOutcome }) {
  if (changedNothing(outcome)) return <p className="text-xs text-slate-700">The hook changed nothing in the request.</p>;
  const { response } = outcome;
  return (
    <div className="space-y-2">
      {outcome.verdict && <p className="rounded border border-amber-300 bg-amber-50 p-2 text-sm font-medium text-amber-900">{outcome.verdict}</p>}
      <ChangeList label="Request headers" set={outcome.headersSet} deleted={outcome.headersDeleted} />
      <ChangeList label="Query parameters" set={outcome.paramsAdded} deleted={outcome.paramsDeleted} />
      {outcome.body && <BodyChange label="Request body" body={outcome.body} />}
      {response && (
        <>
          {response.statusAfter !== response.statusBefore && (
            <p className="text-xs">
              Status: {response.statusBefore} → <strong>{response.statusAfter}</strong>
            </p>
          )}
          <ChangeList label="Response headers" set={response.headersSet} deleted={response.headersDeleted} />
          {response.body && <BodyChange label="Response body" body={response.body} />}
        </>
      )}
    </div>
  );
}

/** A run: the error or what the hook changed, the session after it, its log lines, where it ran and how long it took. */
export function TestResultView({ result }: { result: RunResult }) {
  const { outcome } = result;
  return (
    <div className="space-y-2 border-t border-slate-200 pt-2" data-testid="test-result">
      <h4 className="text-sm font-semibold">Result</h4>
      <p className="text-xs text-slate-600">
        Ran {result.where} in {outcome.ms} ms.
      </p>
      {result.note && <p className="text-xs text-slate-700">{result.note}</p>}
      {outcome.error ? (
        <div role="alert" className="rounded border border-red-300 bg-red-50 p-2">
          <h4 className="text-sm font-semibold text-red-800">{ERROR_TITLE[outcome.error.kind]}</h4>
          <pre className="whitespace-pre-wrap break-words font-mono text-xs text-red-900">{outcome.error.message}</pre>
        </div>
      ) : (
        <Changes outcome={outcome} />
      )}
      {outcome.sessionAfter !== undefined && (
        <div>
          <h5 className="text-xs font-semibold text-slate-700">Session after the hook</h5>
          <pre className={pre}>{JSON.stringify(outcome.sessionAfter, null, 2)}</pre>
        </div>
      )}
      {outcome.metadataAfter && Object.keys(outcome.metadataAfter).length > 0 && (
        <div>
          <h5 className="text-xs font-semibold text-slate-700">Session metadata after the hook</h5>
          <pre className={pre}>{JSON.stringify(outcome.metadataAfter, null, 2)}</pre>
        </div>
      )}
      <div>
        <h5 className="text-xs font-semibold text-slate-700">Log lines ({outcome.logs.length})</h5>
        {outcome.logs.length > 0 ? (
          <pre className={pre} aria-label="Plugin log lines">
            {outcome.logs.map((line) => `${line.level === 'info' ? '' : `[${line.level}] `}${line.message}`).join('\n')}
          </pre>
        ) : (
          <p className="text-xs text-slate-500">The plugin logged nothing.</p>
        )}
      </div>
    </div>
  );
}
