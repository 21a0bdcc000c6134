import { useWorkspaceDraft } from './workspace-context';
import { PendingFeatureNote } from './PendingFeatureNote';

export function DefinitionTab() {
  const { draft } = useWorkspaceDraft();
  return (
    <section aria-label="Definition">
      <PendingFeatureNote>Read-only for now: the definition as it stands in your draft.</PendingFeatureNote>
      <pre className="max-h-[70vh] overflow-auto rounded border border-slate-200 bg-white p-3 font-mono text-xs">
        {JSON.stringify(draft.doc, null, 2)}
      </pre>
    </section>
  );
}
