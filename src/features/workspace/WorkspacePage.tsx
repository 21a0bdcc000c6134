import { Link, Outlet, useParams } from 'react-router';
import { useApi } from '../../gateway/queries';
import { getConnection } from '../../gateway/connection';
import { useDraftSession } from '../../drafts/use-draft';
import { GatewayError } from '../../gateway/errors';
import { LoadingState } from '../../components/LoadingState';
import { GatewayErrorPanel } from '../common/GatewayErrorPanel';
import { WorkspaceHeader } from './WorkspaceHeader';
import { WorkspaceTabs } from './WorkspaceTabs';
import { WorkspaceToolbar } from './WorkspaceToolbar';
import type { WorkspaceContext } from './workspace-context';

export function WorkspacePage() {
  const { apiId = '' } = useParams();
  const api = useApi(apiId);
  const session = useDraftSession(api.data, getConnection().label);

  if (api.isPending || (api.isSuccess && session.isPending)) return <LoadingState label="Opening the API…" />;
  if (api.isError) {
    if (api.error instanceof GatewayError && api.error.kind === 'not-found') {
      return <UnknownApi apiId={apiId} />;
    }
    return <GatewayErrorPanel title="Could not open the API" error={api.error} onRetry={() => void api.refetch()} />;
  }
  if (!session.data) return <GatewayErrorPanel title="Could not open the draft" error={session.error} />;
  const context: WorkspaceContext = { api: api.data, session: session.data };
  return (
    <div className="mx-auto max-w-7xl">
      <WorkspaceHeader api={api.data} />
      <WorkspaceToolbar session={session.data} />
      <WorkspaceTabs apiId={apiId} />
      <div className="pt-4">
        <Outlet context={context} />
      </div>
    </div>
  );
}

function UnknownApi({ apiId }: { apiId: string }) {
  return (
    <section className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold">No such API</h1>
      <p className="mt-2 text-slate-600">
        The gateway has no API with the id <code className="rounded bg-slate-100 px-1">{apiId}</code>. It may have
        been deleted, or the link is wrong.
      </p>
      <Link to="/" className="mt-6 inline-block text-indigo-700 underline">
        See the gateway&apos;s APIs
      </Link>
    </section>
  );
}
