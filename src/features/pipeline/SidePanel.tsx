import type { ChainStep } from '../../domain/chain';
import type { FunctionRef } from '../../domain/pipeline/edit-types';
import type { JsonObject } from '../../domain/json';
import type { DefinitionFormat, Finding, PluginFunction } from '../../domain/pipeline/model';
import type { RequestFocus } from './dnd-types';
import { FunctionEditor } from './FunctionEditor';
import { FindingMarkers } from './FindingMarkers';
import { TracePanel } from './TracePanel';

interface Props {
  selected: FunctionRef | null;
  selectedFn: PluginFunction | undefined;
  focus: RequestFocus | undefined;
  chain: readonly ChainStep[];
  doc: JsonObject;
  format: DefinitionFormat;
  findings: readonly Finding[];
}

/** Beside the diagram: the function being edited, the traced request, and findings about the whole API. */
export function SidePanel({ selected, selectedFn, focus, chain, doc, format, findings }: Props) {
  return (
    <aside aria-label="Details" className="space-y-3">
      {selected && selectedFn && (
        <FunctionEditor
          key={`${selected.hook}:${selected.index}:${selectedFn.name}:${selectedFn.path}:${String(selectedFn.requireSession)}:${String(selectedFn.rawBodyOnly)}`}
          at={selected}
          fn={selectedFn}
        />
      )}
      {focus && <TracePanel key={`${focus.method} ${focus.path}`} focus={focus} chain={chain} doc={doc} format={format} />}
      {findings.length > 0 && (
        <section aria-labelledby="api-findings-heading" className="rounded-lg border border-slate-300 bg-white p-3">
          <h3 id="api-findings-heading" className="text-sm font-semibold">
            Findings for this API
          </h3>
          <FindingMarkers findings={findings} subject="this API" />
        </section>
      )}
    </aside>
  );
}
