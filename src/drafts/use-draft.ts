import { useSyncExternalStore } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { DraftSession, DraftState } from './draft-session';
import { openDraftSession, type OpenedApi } from './open-draft';

/** The query key of an open draft session (drop it after discarding the draft, so it is opened afresh). */
export function draftSessionKey(gateway: string, apiId: string | undefined) {
  return ['draft-session', gateway, apiId] as const;
}

/** Opens (or restores) the draft of an API on this gateway. */
export function useDraftSession(api: OpenedApi | undefined, gateway: string) {
  return useQuery({
    queryKey: draftSessionKey(gateway, api?.id),
    queryFn: () => openDraftSession(api as OpenedApi, gateway),
    enabled: api !== undefined,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/** Re-renders on every change of the session's state. */
export function useDraftState(session: DraftSession): DraftState {
  return useSyncExternalStore(session.subscribe, session.getState, session.getState);
}
