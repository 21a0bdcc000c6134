import type { Draft } from './draft-types';
import { createPieceStorage } from './piece-store';

/** What a conditional save found: written (with its new revision), or another copy stored since. */
export type SaveOutcome = { ok: true; revision: number } | { ok: false; stored: Draft | undefined };

/**
 * Where drafts are kept. IndexedDB in the browser; a Map where there is none (tests, old browsers). Every
 * write gives the stored draft the next revision, so two tabs editing one API can tell whose copy is stored.
 */
export interface DraftStorage {
  load(key: string): Promise<Draft | undefined>;
  /** Write whatever is stored (an import, a new API, a push's new base); returns the new revision. */
  save(draft: Draft): Promise<number>;
  /**
   * Write only if the stored revision is still `expected` (0: nothing stored): a compare-and-set, so a
   * tab never overwrites what another tab saved since it last read.
   */
  saveIfRevision(draft: Draft, expected: number): Promise<SaveOutcome>;
  remove(key: string): Promise<void>;
  list(): Promise<Draft[]>;
}

export function revisionOf(draft: Draft | undefined): number {
  return draft?.revision ?? (draft ? 1 : 0);
}

export function createMemoryStorage(): DraftStorage {
  const drafts = new Map<string, Draft>();
  const write = (draft: Draft, expected?: number): SaveOutcome => {
    const stored = drafts.get(draft.key);
    if (expected !== undefined && revisionOf(stored) !== expected) return { ok: false, stored };
    const revision = revisionOf(stored) + 1;
    // Stored as a copy, as IndexedDB would: later changes to the object do not reach the store.
    drafts.set(draft.key, structuredClone({ ...draft, revision }));
    return { ok: true, revision };
  };
  return {
    load: async (key) => {
      const stored = drafts.get(key);
      return stored && structuredClone(stored);
    },
    save: async (draft) => (write(draft) as { revision: number }).revision,
    saveIfRevision: async (draft, expected) => write(draft, expected),
    remove: async (key) => void drafts.delete(key),
    list: async () => [...drafts.values()].map((draft) => structuredClone(draft)),
  };
}

let shared: DraftStorage | undefined;

/** The app's draft storage (one per page). */
export function draftStorage(): DraftStorage {
  shared ??= typeof indexedDB === 'undefined' ? createMemoryStorage() : createPieceStorage();
  return shared;
}

/** For tests: start from an empty store. */
export function setDraftStorage(storage: DraftStorage): void {
  shared = storage;
}
