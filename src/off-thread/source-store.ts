import { createStore, del, get, set, type UseStore } from 'idb-keyval';

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

/** A draft's entry: the text itself, or where the import reader stored it (a 50 MB text never crosses to the page). */
type Stored = string | { at: string };

/** Stores the text; false when storage refused it (losing it only costs the original layout on export). */
export async function storeSource(key: string, text: string): Promise<boolean> {
  const db = sources();
  if (!db) return false;
  await dropPointed(key, db);
  return set(key, text satisfies Stored, db).then(
    () => true,
    () => false,
  );
}

/** The draft's source is the text the import reader stored under `sourceId`. */
export async function pointSource(draftKey: string, sourceId: string): Promise<void> {
  const db = sources();
  if (!db) return;
  await dropPointed(draftKey, db, sourceId);
  await set(draftKey, { at: sourceId } satisfies Stored, db).catch(() => undefined);
}

/** A text the draft's entry pointed at is not needed once the entry changes (a new import of the same API). */
async function dropPointed(draftKey: string, db: UseStore, keep?: string): Promise<void> {
  const before = await get<Stored>(draftKey, db).catch(() => undefined);
  if (before !== undefined && typeof before !== 'string' && before.at !== keep) await del(before.at, db).catch(() => undefined);
}

export async function storedSource(draftKey: string): Promise<string | undefined> {
  const db = sources();
  if (!db) return undefined;
  const stored = await get<Stored>(draftKey, db).catch(() => undefined);
  if (stored === undefined || typeof stored === 'string') return stored;
  return get<string>(stored.at, db).catch(() => undefined);
}
