import { Suspense, useMemo } from 'react';
import { LoadingState } from '../../components/LoadingState';
import { useDraftState } from '../../drafts/use-draft';
import { largeParts } from '../../off-thread/definition-off-thread';
import { DefinitionEditorView } from '../definition-editor';
import { EDITOR_MAX_ENTRIES, TooLargeForEditor } from './TooLargeForEditor';
import { useWorkspace } from './workspace-context';

export function DefinitionTab() {
  const { session } = useWorkspace();
  const { doc } = useDraftState(session).draft;
  const parts = useMemo(() => largeParts(doc), [doc]);
  const tooLarge = parts.reduce((sum, part) => sum + part.entries, 0) > EDITOR_MAX_ENTRIES;
  return (
    <section aria-label="Definition">
      {tooLarge ? (
        <TooLargeForEditor session={session} parts={parts} />
      ) : (
        <Suspense fallback={<LoadingState label="Loading the editor…" />}>
          {/* Keyed by draft: another API's text must not carry over. */}
          <DefinitionEditorView key={session.getState().draft.key} session={session} />
        </Suspense>
      )}
    </section>
  );
}
