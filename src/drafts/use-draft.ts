import { useSyncExternalStore } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { DraftSession, DraftState } from './draft-session';
import { openDraftSession, type OpenedApi } from './open-draft';
import { prepareDraft } from './prepare-draft';

/** The query key of an open draft session (drop it after discarding the draft, so it is opened afresh). */
export function draftSessionKey(gateway: string, apiId: string | undefined) {
  return ['draft-session', gateway, apiId] as const;
}

/** Opens (or restores) the draft of an API on this gateway. */
export function useDraftSession(api: OpenedApi | undefined, gateway: string) {
  return useQuery({
    queryKey: draftSessionKey(gateway, api?.id),
    queryFn: async () => {
      const session = await openDraftSession(api as OpenedApi, gateway);
      // A large definition's first reads are done in slices before its views draw (they then take them from
      // the readers' caches); the opening line shows how far they have got.
      const { draft } = session.getState();
      await prepareDraft(draft.key, draft.doc, draft.format);
      return session;
    },
    enabled: api !== undefined,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/** Re-renders on every change of the session's state. */
export function useDraftState(session: DraftSession): DraftState {
  return useSyncExternalStore(session.subscribe, session.getState, session.getState);
}
