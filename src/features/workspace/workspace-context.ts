import { useOutletContext } from 'react-router';
import type { GatewayApi } from '../../gateway/client';
import type { DraftSession } from '../../drafts/draft-session';
import { useDraftState } from '../../drafts/use-draft';

/** What every workspace tab gets: the API as the gateway has it, and the user's draft of it. */
export interface WorkspaceContext {
  api: GatewayApi;
  session: DraftSession;
  /** False for a draft the gateway does not have (an import or a new API not pushed yet). */
  onGateway: boolean;
}

export function useWorkspace(): WorkspaceContext {
  return useOutletContext<WorkspaceContext>();
}

/** The draft of the open API, re-rendering on each change. */
export function useWorkspaceDraft() {
  const { session } = useWorkspace();
  return useDraftState(session);
}
