import { useWorkspaceDraft } from './workspace-context';
import { HookList } from './HookList';
import { PendingFeatureNote } from './PendingFeatureNote';

export function PipelineTab() {
  const { draft } = useWorkspaceDraft();
  return (
    <section aria-label="Pipeline">
      <PendingFeatureNote>
        Read-only for now: the plugin hooks of this API in the order the gateway runs them. The pipeline diagram
        with drag and drop is not built yet.
      </PendingFeatureNote>
      <HookList doc={draft.doc} format={draft.format} />
    </section>
  );
}
