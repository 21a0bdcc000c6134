import { Suspense } from 'react';
import { LoadingState } from '../../components/LoadingState';
import { PluginCodeView } from '../plugin-editor';
import { useWorkspace } from './workspace-context';

export function CodeTab() {
  const { session } = useWorkspace();
  return (
    <section aria-label="Code">
      <Suspense fallback={<LoadingState label="Loading the code editor…" />}>
        <PluginCodeView key={session.getState().draft.key} session={session} />
      </Suspense>
    </section>
  );
}
