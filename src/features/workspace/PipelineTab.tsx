import { PipelineView } from '../pipeline';
import { useWorkspace } from './workspace-context';
import { useGatewayProfile } from '../../state/gateway-profile';

export function PipelineTab() {
  const { session } = useWorkspace();
  const [profile] = useGatewayProfile();
  return (
    <section aria-label="Pipeline">
      <PipelineView session={session} profile={profile} />
    </section>
  );
}
