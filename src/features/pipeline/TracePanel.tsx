import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { rememberTrace } from '../common/last-trace';
import type { ChainStep } from '../../domain/chain';
import type { JsonObject } from '../../domain/json';
import type { DefinitionFormat } from '../../domain/pipeline/model';
import { debugRequest } from '../../gateway/client';
import { GatewayError } from '../../gateway/errors';
import { Button } from '../../components/Button';
import type { RequestFocus } from './dnd-types';

interface Props {
  focus: RequestFocus;
  chain: readonly ChainStep[];
  doc: JsonObject;
  format: DefinitionFormat;
  apiKey: string;
}

/** The predicted chain for a request, and beside it what the gateway says when asked (POST /tyk/debug). */
export function TracePanel({ focus, chain, doc, format, apiKey }: Props) {
  // The Test panel's "From the trace" starts from the request traced last.
  useEffect(() => rememberTrace(apiKey, { method: focus.method, path: focus.path }), [apiKey, focus.method, focus.path]);
  const run = useMutation({
    mutationFn: () => debugRequest({ format, doc, request: { method: focus.method, path: focus.path } }),
  });
  const meets = chain.filter((step) => step.active);
  const plugins = chain.flatMap((step) => step.functions.filter((item) => item.runs).map((item) => ({ step: step.label, name: item.fn.name })));
  const skipped = chain.flatMap((step) => step.functions.filter((item) => !item.runs).map((item) => ({ name: item.fn.name, reason: item.reason })));
  const error = run.error instanceof GatewayError ? `${run.error.message} ${run.error.advice}` : run.error ? String(run.error) : '';

  return (
    <section aria-labelledby="trace-heading" className="space-y-2 rounded-lg border border-slate-300 bg-white p-3 text-sm">
      <h3 id="trace-heading" className="font-semibold">
        Trace: <span className="font-mono">{focus.method} {focus.path}</span>
      </h3>
      <div>
        <h4 className="text-xs font-semibold uppercase text-slate-700">Prediction</h4>
        <p className="text-xs text-slate-700">
          Meets {meets.length} stages; runs {plugins.length} plugin function{plugins.length === 1 ? '' : 's'}, skips {skipped.length}.
        </p>
        <ol aria-label="Plugin functions this request meets, in order" className="list-decimal pl-5 font-mono text-xs" data-testid="trace-prediction">
          {plugins.map((item, i) => (
            <li key={`${item.name}-${i}`}>
              {item.name} <span className="font-sans text-slate-600">({item.step})</span>
            </li>
          ))}
        </ol>
        {skipped.length > 0 && (
          <ul aria-label="Skipped plugin functions" className="mt-1 text-xs text-slate-700">
            {skipped.map((item, i) => (
              <li key={`${item.name}-${i}`}>
                <span className="font-mono">{item.name}</span> skipped: {item.reason}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <Button onClick={() => run.mutate()} disabled={run.isPending}>
          {run.isPending ? 'Running…' : 'Run on gateway'}
        </Button>
        {error && (
          <p role="alert" className="mt-1 text-xs text-red-700">
            {error}
          </p>
        )}
        {run.data && (
          <div className="mt-2 space-y-1" data-testid="gateway-answer">
            <h4 className="text-xs font-semibold uppercase text-slate-700">The gateway&apos;s answer</h4>
            {run.data.message && <p className="text-xs">{run.data.message}</p>}
            <pre className="whitespace-pre-wrap break-all rounded bg-slate-100 p-2 font-mono text-xs" aria-label="Gateway response">
              {run.data.response ?? '(no response)'}
            </pre>
            <h4 className="text-xs font-semibold uppercase text-slate-700">Log lines</h4>
            <pre className="whitespace-pre-wrap break-all rounded bg-slate-100 p-2 font-mono text-xs" aria-label="Gateway log lines">
              {run.data.logs ?? '(no logs)'}
            </pre>
          </div>
        )}
      </div>
    </section>
  );
}
