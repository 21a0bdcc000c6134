import { useSyncExternalStore } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { DraftSession, DraftState } from './draft-session';
import { openDraftSession, type OpenedApi } from './open-draft';

/** Opens (or restores) the draft of an API on this gateway. */
export function useDraftSession(api: OpenedApi | undefined, gateway: string) {
  return useQuery({
    queryKey: ['draft-session', gateway, api?.id],
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
