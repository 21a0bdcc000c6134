import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import type { Draft } from './draft-types';

/** Where drafts are kept. IndexedDB in the browser; a Map where there is none (tests, old browsers). */
export interface DraftStorage {
  load(key: string): Promise<Draft | undefined>;
  save(draft: Draft): Promise<void>;
  remove(key: string): Promise<void>;
  list(): Promise<Draft[]>;
}

export function createMemoryStorage(): DraftStorage {
  const drafts = new Map<string, Draft>();
  return {
    load: async (key) => drafts.get(key),
    save: async (draft) => void drafts.set(draft.key, draft),
    remove: async (key) => void drafts.delete(key),
    list: async () => [...drafts.values()],
  };
}

export function createIndexedDbStorage(): DraftStorage {
  const store: UseStore = createStore('plugin-studio', 'drafts');
  return {
    load: (key) => get<Draft>(key, store),
    save: (draft) => set(draft.key, draft, store),
    remove: (key) => del(key, store),
    list: async () => (await entries<string, Draft>(store)).map(([, draft]) => draft),
  };
}

let shared: DraftStorage | undefined;

/** The app's draft storage (one per page). */
export function draftStorage(): DraftStorage {
  shared ??= typeof indexedDB === 'undefined' ? createMemoryStorage() : createIndexedDbStorage();
  return shared;
}

/** For tests: start from an empty store. */
export function setDraftStorage(storage: DraftStorage): void {
  shared = storage;
}
