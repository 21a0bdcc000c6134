import { PipelineView } from '../pipeline';
import { useWorkspace } from './workspace-context';

export function PipelineTab() {
  const { session } = useWorkspace();
  return (
    <section aria-label="Pipeline">
      <PipelineView session={session} />
    </section>
  );
}
