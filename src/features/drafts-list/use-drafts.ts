import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { summarizeApi } from '../../domain';
import type { Draft } from '../../drafts/draft-types';
import { isDirty } from '../../drafts/draft-types';
import { draftStorage } from '../../drafts/draft-storage';
import { discardDraft, saveDraft } from '../../drafts/open-draft';
import { draftSessionKey } from '../../drafts/use-draft';
import { createAndServe } from '../../gateway/read-back';
import { storedReloadTarget } from '../../state/reload-target';
import { ensureApiId } from '../../gateway/create';
import { gatewayKeys } from '../../gateway/queries';

export interface DraftRow {
  draft: Draft;
  name: string;
  /** Edits not pushed yet. */
  dirty: boolean;
  /** The gateway does not have it (deleted, or never created). */
  detached: boolean;
}

const DRAFTS_KEY = ['drafts'] as const;

/** Every saved draft in this browser, newest first. */
export function useDrafts() {
  return useQuery({
    queryKey: DRAFTS_KEY,
    queryFn: async (): Promise<DraftRow[]> => {
      const drafts = await draftStorage().list();
      return drafts
        // A draft the same as the gateway's copy holds nothing to push; it stays listed only for its plugin files.
        .filter((draft) => isDirty(draft) || Object.keys(draft.files).length > 0)
        .map((draft) => ({
          draft,
          name: summarizeApi(draft.doc, draft.format).name || draft.apiId,
          dirty: isDirty(draft),
          detached: draft.base === null,
        }))
        .sort((a, b) => b.draft.updatedAt - a.draft.updatedAt);
    },
    staleTime: 0,
  });
}

/** Discard a draft for good (the user asked, and confirmed). */
export function useDiscardDraft() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (draft: Draft) => discardDraft(draft.key),
    onSuccess: (_result, draft) => {
      client.removeQueries({ queryKey: draftSessionKey(draft.gateway, draft.apiId) });
      return client.invalidateQueries({ queryKey: DRAFTS_KEY });
    },
  });
}

/**
 * Create the draft's API on the gateway (a POST safe to repeat), reload as the user last chose, and read it
 * back: the draft's base becomes the copy the gateway serves (what was sent, when it means the same).
 */
export function useCreateFromDraft() {
  const client = useQueryClient();
  return useMutation({
    retry: false,
    mutationFn: async (listed: Draft) => {
      // The list holds drafts without their large parts: the gateway gets the whole one.
      const draft = (await draftStorage().load(listed.key)) ?? listed;
      const doc = ensureApiId(draft.format, draft.doc);
      // Saved first, so a retry after a lost answer sends the very same document (same id).
      if (doc !== draft.doc) await saveDraft({ ...draft, doc });
      const served = await createAndServe(draft.format, doc, storedReloadTarget() === 'group');
      if (!served) throw new Error('The gateway took the API and reloaded, but does not serve it. Check its log for why it did not load.');
      await saveDraft({ ...draft, doc: served, base: served, updatedAt: Date.now() });
    },
    onSuccess: (_result, draft) => {
      client.removeQueries({ queryKey: draftSessionKey(draft.gateway, draft.apiId) });
      client.removeQueries({ queryKey: gatewayKeys.api(draft.apiId) });
      return Promise.all([
        client.invalidateQueries({ queryKey: DRAFTS_KEY }),
        client.invalidateQueries({ queryKey: gatewayKeys.apis() }),
      ]);
    },
  });
}
