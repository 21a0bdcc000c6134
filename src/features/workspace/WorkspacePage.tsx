import { Link, Outlet, useParams } from 'react-router';
import { getConnection } from '../../gateway/current-gateway';
import { useDraftSession } from '../../drafts/use-draft';
import { draftKey } from '../../drafts/draft-types';
import { GatewayErrorPanel } from '../common/GatewayErrorPanel';
import { GatewayWait } from '../common/GatewayWait';
import { GatewayOutOfReach, StoppedWaiting } from './GatewayOutOfReach';
import { OpeningDraft } from './OpeningDraft';
import { WorkspaceHeader } from './WorkspaceHeader';
import { WorkspaceTabs } from './WorkspaceTabs';
import { WorkspaceToolbar } from './WorkspaceToolbar';
import { TabConflict } from './TabConflict';
import { useWorkspaceApi } from './use-workspace-api';
import type { WorkspaceContext } from './workspace-context';

export function WorkspacePage() {
  const { apiId = '' } = useParams();
  const gateway = getConnection().key;
  const opened = useWorkspaceApi(apiId, gateway);
  const session = useDraftSession(opened.status === 'ready' ? opened.api : undefined, gateway);

  if (opened.status === 'loading') {
    return (
      <GatewayWait
        what={`the API "${apiId}"`}
        calls={`GET /tyk/apis/${apiId} (or its OAS twin)`}
        waiting={opened.fetching}
        failures={opened.failures}
        lastFailure={opened.lastFailure}
        onCancel={opened.stopWaiting}
      />
    );
  }
  if (opened.status === 'ready' && session.isPending) return <OpeningDraft draftKey={draftKey(gateway, opened.api.id)} />;
  if (opened.status === 'stopped') return <StoppedWaiting onRetry={opened.retry} />;
  if (opened.status === 'missing') return <UnknownApi apiId={apiId} />;
  if (opened.status === 'error') {
    return <GatewayErrorPanel title="Could not open the API" error={opened.error} onRetry={opened.retry} />;
  }
  if (!session.data) return <GatewayErrorPanel title="Could not open the draft" error={session.error} />;
  const context: WorkspaceContext = { api: opened.api, session: session.data, onGateway: opened.onGateway };
  return (
    <div className="mx-auto max-w-[100rem]">
      <WorkspaceHeader session={session.data} onGateway={opened.onGateway} />
      {opened.unreachable !== undefined && <GatewayOutOfReach error={opened.unreachable} />}
      <WorkspaceToolbar session={session.data} />
      <TabConflict session={session.data} />
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
        The gateway has no API with the id <code className="rounded bg-slate-100 px-1">{apiId}</code>, and this
        browser holds no draft of it. It may have been deleted, or the link is wrong.
      </p>
      <Link to="/" className="mt-6 inline-block text-indigo-700 underline">
        See the gateway&apos;s APIs
      </Link>
    </section>
  );
}
