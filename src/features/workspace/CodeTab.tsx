import { useWorkspaceDraft } from './workspace-context';
import { HookList } from './HookList';
import { PendingFeatureNote } from './PendingFeatureNote';

export function CodeTab() {
  const { draft } = useWorkspaceDraft();
  return (
    <section aria-label="Code">
      <PendingFeatureNote>
        The plugin code editor is not built yet. These are the functions this API&apos;s definition names.
      </PendingFeatureNote>
      <HookList doc={draft.doc} format={draft.format} />
    </section>
  );
}
