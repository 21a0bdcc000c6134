import { useEffect, useMemo } from 'react';
import { useMutation } from '@tanstack/react-query';
import { rememberTrace } from '../common/last-trace';
import { joinUrlPath, listenPathOf, type ChainStep } from '../../domain/chain';
import type { JsonObject } from '../../domain/json';
import type { DefinitionFormat } from '../../domain/pipeline/model';
import { debugRequest } from '../../gateway/client';
import { getConnection } from '../../gateway/current-gateway';
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

/** "HTTP/1.1 404 Not Found" from the response part of a trace dump (gateway/tracing.go makeTraceDump). */
function answeredStatus(dump: string | undefined): string | undefined {
  const response = dump?.split('====== Response ======')[1] ?? '';
  return /HTTP\/\d(?:\.\d)? (\d{3}[^\r\n]*)/.exec(response)?.[1]?.trim();
}

/**
 * The predicted chain for a request, and beside it what the gateway says when asked (POST /tyk/debug). The
 * gateway joins the request's path onto the API's listen path (gateway/tracing.go), so the path sent is the
 * one under it. Rendered anew for each traced request, so an answer never outlives its request.
 */
export function TracePanel({ focus, chain, doc, format, apiKey }: Props) {
  const run = useMutation({
    mutationFn: () => debugRequest({ format, doc, request: { method: focus.method, path: focus.path } }),
  });
  const fullPath = useMemo(() => joinUrlPath(listenPathOf({ doc, format }), focus.path), [doc, format, focus.path]);
  // The Test panel's "From the trace" starts from the request traced last, as the plugin would see its path.
  useEffect(() => rememberTrace(apiKey, { method: focus.method, path: fullPath }), [apiKey, focus.method, fullPath]);
  const embedded = getConnection().mode === 'embedded';
  const meets = chain.filter((step) => step.active);
  const plugins = chain.flatMap((step) => step.functions.filter((item) => item.runs).map((item) => ({ step: step.label, name: item.fn.name })));
  const skipped = chain.flatMap((step) => step.functions.filter((item) => !item.runs).map((item) => ({ name: item.fn.name, reason: item.reason })));
  const error = run.error instanceof GatewayError ? `${run.error.message} ${run.error.advice}` : run.error ? String(run.error) : '';
  const status = answeredStatus(run.data?.response);

  return (
    <section aria-labelledby="trace-heading" className="space-y-2 rounded-lg border border-slate-300 bg-white p-3 text-sm">
      <h3 id="trace-heading" className="font-semibold">
        Trace: <span className="font-mono">{focus.method} {fullPath}</span>
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
            <h4 className="text-xs font-semibold uppercase text-slate-700">
              {status ? `The gateway answered ${status}` : 'The gateway’s answer'}
            </h4>
            {embedded && (
              <p role="note" className="rounded border border-amber-300 bg-amber-50 p-2 text-xs text-amber-900" data-testid="trace-simulated">
                Simulated: the embedded gateway answers from Plugin Studio’s model of the chain, not by running the request through a
                real gateway. Connect a gateway (TYK_GATEWAY_URL) for its own trace.
              </p>
            )}
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
