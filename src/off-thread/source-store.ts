import { createStore, get, set, type UseStore } from 'idb-keyval';

/**
 * Where the text an imported definition came from is kept (IndexedDB, one entry per draft). Shared by the
 * page and the definition worker: a 50 MB source is read where it is used, in the worker, and never copied
 * through the page's thread, where taking it out of storage alone holds the page for a quarter of a second.
 */
let store: UseStore | undefined;

function sources(): UseStore | undefined {
  if (typeof indexedDB === 'undefined') return undefined;
  store ??= createStore('plugin-studio-sources', 'sources');
  return store;
}

export async function storeSource(draftKey: string, text: string): Promise<void> {
  const db = sources();
  // Losing the source only costs the original layout on export; nothing else depends on it.
  if (db) await set(draftKey, text, db).catch(() => undefined);
}

export async function storedSource(draftKey: string): Promise<string | undefined> {
  const db = sources();
  return db ? get<string>(draftKey, db).catch(() => undefined) : undefined;
}
