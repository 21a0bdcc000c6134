import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../gateway/queries';
import { gatewayKeys } from '../../gateway/queries';
import { GatewayError } from '../../gateway/errors';
import { loadSavedDraft } from '../../drafts/open-draft';
import type { GatewayApi } from '../../gateway/client';

export type WorkspaceApi =
  | { status: 'loading'; failures: number; lastFailure: unknown; fetching: boolean; stopWaiting: () => void }
  | { status: 'stopped'; retry: () => void }
  | { status: 'error'; error: unknown; retry: () => void }
  | { status: 'missing' }
  /** `unreachable`: the gateway failed, and this is the draft kept in this browser. */
  | { status: 'ready'; api: GatewayApi; onGateway: boolean; unreachable?: unknown };

/**
 * The API a workspace edits: the gateway's copy, or, when the gateway has none, a draft saved in this
 * browser (an import or a new API not pushed yet, or an API deleted underneath). A draft also opens when
 * the gateway fails or is being retried: editing and export need no gateway.
 */
export function useWorkspaceApi(apiId: string, gateway: string): WorkspaceApi {
  const client = useQueryClient();
  const remote = useApi(apiId);
  const notFound = remote.isError && remote.error instanceof GatewayError && remote.error.kind === 'not-found';
  const local = useQuery({
    queryKey: ['saved-draft', gateway, apiId],
    queryFn: async () => (await loadSavedDraft(gateway, apiId)) ?? null,
    staleTime: 0,
  });
  const saved = local.data ? { id: local.data.apiId, format: local.data.format, doc: local.data.doc } : undefined;

  if (remote.isSuccess) return { status: 'ready', api: remote.data, onGateway: true };
  if (remote.isRefetchError && !notFound) {
    // The copy in hand stays open when asking again fails; the user is told the gateway is out of reach.
    return { status: 'ready', api: remote.data, onGateway: true, unreachable: remote.error };
  }
  // Another view mounting the same query makes it ask the gateway again; while it does, the draft that
  // was already open stays open rather than flashing back to "loading" (which would unmount that view).
  const recheckingAfterError = remote.isPending && remote.errorUpdateCount > 0;
  if ((notFound || recheckingAfterError) && saved) return { status: 'ready', api: saved, onGateway: false };
  const failing = remote.isError || remote.failureCount > 0;
  if (failing && !notFound && saved) {
    // The gateway was there when the draft was last stored (it has a base): it is only out of reach now.
    return { status: 'ready', api: saved, onGateway: local.data?.base !== null, unreachable: remote.failureReason };
  }
  if (remote.isPending && remote.fetchStatus === 'idle') return { status: 'stopped', retry: () => void remote.refetch() };
  if (remote.isPending) {
    return {
      status: 'loading',
      failures: remote.failureCount,
      lastFailure: remote.failureReason,
      fetching: remote.fetchStatus === 'fetching',
      stopWaiting: () => void client.cancelQueries({ queryKey: gatewayKeys.api(apiId) }),
    };
  }
  if (!notFound) return { status: 'error', error: remote.error, retry: () => void remote.refetch() };
  if (local.isPending) return { status: 'loading', failures: 0, lastFailure: null, fetching: true, stopWaiting: () => undefined };
  return { status: 'missing' };
}
