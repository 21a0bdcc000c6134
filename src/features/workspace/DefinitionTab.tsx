import { Suspense } from 'react';
import { LoadingState } from '../../components/LoadingState';
import { DefinitionEditorView } from '../definition-editor';
import { useWorkspace } from './workspace-context';

export function DefinitionTab() {
  const { session } = useWorkspace();
  return (
    <section aria-label="Definition">
      <Suspense fallback={<LoadingState label="Loading the editor…" />}>
        {/* Keyed by draft: another API's text must not carry over. */}
        <DefinitionEditorView key={session.getState().draft.key} session={session} />
      </Suspense>
    </section>
  );
}
