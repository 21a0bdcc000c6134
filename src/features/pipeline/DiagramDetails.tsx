import type { ChainStep } from '../../domain/chain';
import type { JsonObject } from '../../domain/json';
import type { DefinitionFormat, Finding } from '../../domain/pipeline/model';
import type { RequestFocus } from './dnd-types';
import { FindingMarkers } from './FindingMarkers';
import { TracePanel } from './TracePanel';

interface Props {
  focus: RequestFocus | undefined;
  chain: readonly ChainStep[];
  doc: JsonObject;
  format: DefinitionFormat;
  findings: readonly Finding[];
  /** The draft's key: the traced request is remembered under it for the Test panel. */
  apiKey: string;
}

/** Under the diagram: the traced request in words (and the gateway's own answer), and findings about the whole API. */
export function DiagramDetails({ focus, chain, doc, format, findings, apiKey }: Props) {
  if (!focus && findings.length === 0) return null;
  return (
    <div className="diagram-details mt-6">
      {focus && <TracePanel key={`${focus.method} ${focus.path}`} focus={focus} chain={chain} doc={doc} format={format} apiKey={apiKey} />}
      {findings.length > 0 && (
        <section aria-labelledby="api-findings-heading" className="rounded-lg border border-slate-300 bg-white p-3">
          <h3 id="api-findings-heading" className="text-sm font-semibold">
            Findings for this API
          </h3>
          <FindingMarkers findings={findings} subject="this API" />
        </section>
      )}
    </div>
  );
}
