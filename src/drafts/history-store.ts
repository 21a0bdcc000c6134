import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { HistoryEntry } from './draft-types';

/** A draft's undo and redo steps, kept beside it so a reload does not take them away. */
export interface StoredHistory {
  /** `updatedAt` of the draft state these steps lead to: steps are taken back only onto that state. */
  at: number;
  past: HistoryEntry[];
  future: HistoryEntry[];
}

export interface HistoryStorage {
  load(key: string): Promise<StoredHistory | undefined>;
  save(key: string, history: StoredHistory): Promise<void>;
  remove(key: string): Promise<void>;
}

export function createMemoryHistoryStorage(): HistoryStorage {
  const kept = new Map<string, StoredHistory>();
  return {
    load: async (key) => kept.get(key),
    save: async (key, history) => void kept.set(key, history),
    remove: async (key) => void kept.delete(key),
  };
}

function createIndexedDbHistoryStorage(): HistoryStorage {
  // A database of its own: idb-keyval keeps one object store per database.
  const store: UseStore = createStore('plugin-studio-history', 'history');
  return {
    load: (key) => get<StoredHistory>(key, store),
    save: (key, history) => set(key, history, store),
    remove: (key) => del(key, store),
  };
}

let shared: HistoryStorage | undefined;

export function historyStorage(): HistoryStorage {
  shared ??= typeof indexedDB === 'undefined' ? createMemoryHistoryStorage() : createIndexedDbHistoryStorage();
  return shared;
}

/** For tests. */
export function setHistoryStorage(storage: HistoryStorage): void {
  shared = storage;
}
