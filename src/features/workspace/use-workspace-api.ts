import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../gateway/queries';
import { GatewayError } from '../../gateway/errors';
import { loadSavedDraft } from '../../drafts/open-draft';
import type { GatewayApi } from '../../gateway/client';

export type WorkspaceApi =
  | { status: 'loading' }
  | { status: 'error'; error: unknown; retry: () => void }
  | { status: 'missing' }
  | { status: 'ready'; api: GatewayApi; onGateway: boolean };

/**
 * The API a workspace edits: the gateway's copy, or, when the gateway has none, a draft saved in this
 * browser (an import or a new API not pushed yet, or an API deleted underneath).
 */
export function useWorkspaceApi(apiId: string, gateway: string): WorkspaceApi {
  const remote = useApi(apiId);
  const notFound = remote.isError && remote.error instanceof GatewayError && remote.error.kind === 'not-found';
  const local = useQuery({
    queryKey: ['saved-draft', gateway, apiId],
    queryFn: async () => (await loadSavedDraft(gateway, apiId)) ?? null,
    enabled: notFound,
    staleTime: 0,
  });

  if (remote.isSuccess) return { status: 'ready', api: remote.data, onGateway: true };
  // Another view mounting the same query makes it ask the gateway again; while it does, the draft that
  // was already open stays open rather than flashing back to "loading" (which would unmount that view).
  const recheckingAfterError = remote.isPending && remote.errorUpdateCount > 0;
  if ((notFound || recheckingAfterError) && local.data) {
    const { apiId: id, format, doc } = local.data;
    return { status: 'ready', api: { id, format, doc }, onGateway: false };
  }
  if (remote.isPending) return { status: 'loading' };
  if (!notFound) return { status: 'error', error: remote.error, retry: () => void remote.refetch() };
  if (local.isPending) return { status: 'loading' };
  if (!local.data) return { status: 'missing' };
  const { apiId: id, format, doc } = local.data;
  return { status: 'ready', api: { id, format, doc }, onGateway: false };
}
