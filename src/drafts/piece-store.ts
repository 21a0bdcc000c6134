import type { JsonObject, JsonValue } from '../domain/json';
import { fromEntries } from '../domain/transfer/carve';
import { revisionOf, type DraftStorage, type SaveOutcome } from './draft-storage';
import type { Draft } from './draft-types';
import { cutSpine, fillHole, markLarge, slicesOf, type Big, type Hole } from './spine';
import { keysOf } from '../domain/json-edit';
import { oneKeyEditOf } from '../domain/edit-record';
import { PIECE_ENTRIES } from '../domain/transfer/carve';

const DB = 'plugin-studio';

/** Set once the page is being left (see page-leave.ts): writes from then on commit at once. */
let leaving = false;
export function markPageLeaving(): void {
  leaving = true;
}
export function resetPageLeaving(): void {
  leaving = false;
}
/** The key of the stand-in `list` gives a large container: not definition data; `load` gives the real one. */
export const STORED_APART = '(stored apart: open the draft to read it)';
const DRAFTS = 'drafts';
const PIECES = 'draft-pieces';

/** A stored draft: the definition's spine, and where its large containers' pieces are. */
type StoredDraft = Draft & { holes?: Hole[] };

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    // Version 2 adds the pieces store beside the drafts store of version 1.
    const request = indexedDB.open(DB, 2);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(DRAFTS)) db.createObjectStore(DRAFTS);
      if (!db.objectStoreNames.contains(PIECES)) db.createObjectStore(PIECES);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('This browser would not open its draft store.'));
  });
}

const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('The draft store failed.'));
    tx.onabort = () => reject(tx.error ?? new Error('The draft store gave up.'));
  });

/**
 * Drafts in IndexedDB, with each large container (a 200,000-endpoint `paths`) stored as pieces of its own:
 * one write copies a piece at a time, each in its own task, so the page never stops for the whole
 * definition; and a container the last write stored (the same object: edits make new ones) is not
 * written again. Writes are compare-and-set on the draft's revision, in one transaction.
 */
export function createPieceStorage(): DraftStorage {
  const db = openDb();
  /** Containers stored by this page, and their pieces' keys. */
  const stored = new WeakMap<object, string[]>();
  let nextId = 0;
  const newId = (key: string) => `${key}\u0000${Date.now().toString(36)}-${(nextId++).toString(36)}`;

  /**
   * Containers this page wrote or put together, by their pieces' keys. A piece never changes once written (a
   * change is a new piece), so a container made of the same pieces is the same container: a later load (the
   * draft opened after its import, or by a second view at once) takes it rather than reading 50 MB again
   * and keeping a second copy of it. Held weakly: a container nobody holds is read again.
   */
  const known = new Map<string, WeakRef<JsonObject | JsonValue[]> | Promise<JsonObject | JsonValue[]>>();
  const remember = (ids: string[], container: JsonObject | JsonValue[]) => known.set(ids.join('|'), new WeakRef(container));

  /** Per draft, the stored revision this page last wrote or read, and the pieces it points at. */
  const seen = new Map<string, { revision: number; ids: Set<string> }>();

  /**
   * The pieces of a container an edit made from a stored one by changing one entry (one endpoint of 200,000):
   * the stored pieces but the one that entry is in, which is written anew. Undefined when it is not such a
   * container, or its original's pieces are not all among `usable`.
   */
  function piecesAfterEdit(container: JsonObject | JsonValue[], key: string, usable: (id: string) => boolean): { ids: string[]; piece: { id: string; slice: () => unknown } } | undefined {
    if (Array.isArray(container)) return undefined;
    const edit = oneKeyEditOf(container);
    const before = edit && !edit.added ? stored.get(edit.base) : undefined;
    if (!edit || !before || !before.every(usable)) return undefined;
    const position = keysOf(edit.base).indexOf(edit.key);
    const index = Math.floor(position / PIECE_ENTRIES);
    if (position < 0 || index >= before.length) return undefined;
    const source = slicesOf(container);
    const id = newId(key);
    return { ids: before.map((old, at) => (at === index ? id : old)), piece: { id, slice: () => source.slice(index) } };
  }

  /**
   * An edit that reuses every stored piece (the usual case: an edit replaces no large container) is written
   * with every request issued at once, the revision checked as the first one's answer comes and the whole
   * transaction aborted if it is not the expected one. Nothing waits on an answer before it is sent, so the
   * write also lands when the page is being left. Undefined when pieces must be written first.
   */
  function writeAtOnce(database: IDBDatabase, draft: Draft, expected: number): Promise<SaveOutcome> | undefined {
    const known = seen.get(draft.key);
    if (!known || known.revision !== expected) return undefined;
    const bigs: Big[] = [];
    const doc = cutSpine(draft.doc, 'doc', bigs) as JsonObject;
    const base = draft.base === null ? null : (cutSpine(draft.base, 'base', bigs) as JsonObject);
    const holes: Hole[] = [];
    // Pieces of containers changed in one entry: written in the same transaction, also at once.
    const pieces: { id: string; slice: () => unknown }[] = [];
    const made = new Map<object, string[]>();
    for (const big of bigs) {
      let ids = stored.get(big.container) ?? made.get(big.container);
      if (!ids || !ids.every((id) => known.ids.has(id) || pieces.some((piece) => piece.id === id))) {
        const edited = piecesAfterEdit(big.container, draft.key, (id) => known.ids.has(id));
        if (!edited) return undefined;
        ids = edited.ids;
        pieces.push(edited.piece);
        made.set(big.container, ids);
      }
      holes.push({ in: big.in, path: big.path, isArray: Array.isArray(big.container), ids });
    }
    const revision = expected + 1;
    const kept = new Set(holes.flatMap((hole) => hole.ids));
    const tx = database.transaction([DRAFTS, PIECES], 'readwrite');
    let conflict = false;
    const read = tx.objectStore(DRAFTS).get(draft.key);
    read.onsuccess = () => {
      if (leaving || revisionOf(read.result as StoredDraft | undefined) === expected) return;
      conflict = true;
      tx.abort();
    };
    for (const piece of pieces) tx.objectStore(PIECES).put(piece.slice(), piece.id);
    tx.objectStore(DRAFTS).put({ ...draft, doc, base, holes, revision } satisfies StoredDraft, draft.key);
    for (const id of known.ids) if (!kept.has(id)) tx.objectStore(PIECES).delete(id);
    // Leaving the page: commit without waiting for the page's next turn, which may never come. The revision
    // was checked against what this page last saw; a write another tab made in this last instant would be
    // overwritten, where otherwise this change would be lost.
    if (leaving) tx.commit();
    return done(tx).then(
      () => {
        seen.set(draft.key, { revision, ids: kept });
        for (const [container, ids] of made) {
          stored.set(container, ids);
          remember(ids, container as JsonObject | JsonValue[]);
        }
        return { ok: true, revision } as const;
      },
      async (error: unknown) => {
        if (!conflict) throw error;
        return { ok: false, stored: await load(draft.key) } as const;
      },
    );
  }

  function write(draft: Draft, expected: number | undefined): Promise<SaveOutcome> {
    return db.then((database) => {
      const atOnce = expected === undefined ? undefined : writeAtOnce(database, draft, expected);
      if (atOnce) return atOnce;
      const tx = database.transaction([DRAFTS, PIECES], 'readwrite');
      const drafts = tx.objectStore(DRAFTS);
      const pieces = tx.objectStore(PIECES);
      let outcome: SaveOutcome | undefined;
      /** Containers written by this transaction: known as stored only once it has committed. */
      const written = new Map<object, string[]>();
      let keptIds = new Set<string>();
      const read = drafts.get(draft.key);
      read.onsuccess = () => {
        const previous = read.result as StoredDraft | undefined;
        if (expected !== undefined && revisionOf(previous) !== expected) {
          outcome = { ok: false, stored: undefined };
          return;
        }
        const bigs: Big[] = [];
        const doc = cutSpine(draft.doc, 'doc', bigs) as JsonObject;
        const base = draft.base === null ? null : (cutSpine(draft.base, 'base', bigs) as JsonObject);
        const queue: { id: string; slice: () => unknown }[] = [];
        // Pieces the stored record still points at: only those can be reused (another tab may have replaced them).
        const present = new Set((previous?.holes ?? []).flatMap((hole) => hole.ids));
        const holes: Hole[] = bigs.map((big) => {
          let ids = stored.get(big.container) ?? written.get(big.container);
          if (!ids || !ids.every((id) => present.has(id) || queue.some((item) => item.id === id))) {
            const source = slicesOf(big.container);
            ids = Array.from({ length: source.count }, (_, index) => {
              const id = newId(draft.key);
              queue.push({ id, slice: () => source.slice(index) });
              return id;
            });
            written.set(big.container, ids);
          }
          return { in: big.in, path: big.path, isArray: Array.isArray(big.container), ids };
        });
        const revision = revisionOf(previous) + 1;
        const record: StoredDraft = { ...draft, doc, base, holes, revision };
        const kept = new Set(holes.flatMap((hole) => hole.ids));
        keptIds = kept;
        const stale = (previous?.holes ?? []).flatMap((hole) => hole.ids).filter((id) => !kept.has(id));
        // One piece per request, the next from the last one's success: each copy is its own short task.
        const next = () => {
          const item = queue.shift();
          if (item) {
            pieces.put(item.slice(), item.id).onsuccess = next;
            return;
          }
          drafts.put(record, draft.key);
          for (const id of stale) pieces.delete(id);
          outcome = { ok: true, revision };
        };
        next();
      };
      return done(tx).then(async () => {
        if (!outcome) throw new Error('The draft was not saved.');
        for (const [container, ids] of written) {
          stored.set(container, ids);
          remember(ids, container as JsonObject | JsonValue[]);
        }
        if (outcome.ok) seen.set(draft.key, { revision: outcome.revision, ids: keptIds });
        return outcome.ok ? outcome : { ok: false, stored: await load(draft.key) };
      });
    });
  }

  async function load(key: string): Promise<Draft | undefined> {
    const database = await db;
    const record = await request<StoredDraft | undefined>(database.transaction(DRAFTS, 'readonly').objectStore(DRAFTS).get(key));
    if (!record) {
      // Nothing stored yet is a revision too: the first write can then go at once as well.
      seen.set(key, { revision: 0, ids: new Set() });
      return undefined;
    }
    const { holes = [], ...draft } = record;
    seen.set(key, { revision: revisionOf(record), ids: new Set(holes.flatMap((hole) => hole.ids)) });
    // Containers shared by the base and the draft come back as one object, as they were.
    for (const hole of holes) {
      const container = await containerOf(database, hole);
      if (hole.in === 'doc') draft.doc = fillHole(draft.doc, hole.path, container) as JsonObject;
      else if (draft.base) draft.base = fillHole(draft.base, hole.path, container) as JsonObject;
    }
    return draft;
  }

  /** The container a hole's pieces make: one this page already holds, or read a piece per task. */
  function containerOf(database: IDBDatabase, hole: Hole): Promise<JsonObject | JsonValue[]> {
    const idsKey = hole.ids.join('|');
    const held = known.get(idsKey);
    const ready = held instanceof WeakRef ? held.deref() : undefined;
    if (ready) return Promise.resolve(ready);
    if (held instanceof Promise) return held;
    const reading = (async () => {
      const into: JsonValue[] | JsonObject = hole.isArray ? [] : {};
      let count = 0;
      for (const id of hole.ids) {
        // A piece per task: the browser hands several results over in one task when asked together. Pieces
        // are never changed once written (a change is a new piece), so separate reads see one draft.
        const slice = await request<unknown[] | undefined>(database.transaction(PIECES, 'readonly').objectStore(PIECES).get(id));
        if (!slice) throw new Error('Part of this draft is missing from the browser\'s storage.');
        placeSlice(into, slice);
        count += slice.length;
        await nextTask();
      }
      markLarge(into, count);
      // It is exactly those pieces: an edit that keeps it need not write them again.
      stored.set(into, hole.ids);
      return into;
    })();
    known.set(idsKey, reading);
    reading.then(
      (container) => remember(hole.ids, container),
      () => known.delete(idsKey),
    );
    return reading;
  }

  return {
    load,
    save: async (draft) => ((await write(draft, undefined)) as { revision: number }).revision,
    saveIfRevision: (draft, expected) => write(draft, expected),
    remove: async (key) => {
      const database = await db;
      const tx = database.transaction([DRAFTS, PIECES], 'readwrite');
      const read = tx.objectStore(DRAFTS).get(key);
      read.onsuccess = () => {
        for (const hole of (read.result as StoredDraft | undefined)?.holes ?? []) for (const id of hole.ids) tx.objectStore(PIECES).delete(id);
        tx.objectStore(DRAFTS).delete(key);
      };
      await done(tx);
    },
    list: async () => {
      const database = await db;
      const tx = database.transaction(DRAFTS, 'readonly');
      const all = await new Promise<StoredDraft[]>((resolve, reject) => {
        const request = tx.objectStore(DRAFTS).getAll();
        request.onsuccess = () => resolve(request.result as StoredDraft[]);
        request.onerror = () => reject(request.error);
      });
      // Spines only: enough for a list (names, dates, whether pushed); `load` gives the whole draft. A large
      // container stands in as one marker object per stored copy, so the draft and its base still compare
      // equal exactly where they share it.
      return all.map(({ holes = [], ...draft }) => {
        const markers = new Map<string, JsonObject>();
        for (const hole of holes) {
          const idsKey = hole.ids.join('|');
          const marker = markers.get(idsKey) ?? { [STORED_APART]: idsKey };
          markers.set(idsKey, marker);
          if (hole.in === 'doc') draft.doc = fillHole(draft.doc, hole.path, marker) as JsonObject;
          else if (draft.base) draft.base = fillHole(draft.base, hole.path, marker) as JsonObject;
        }
        return draft;
      });
    },
  };
}

function request<T>(pending: IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    pending.onsuccess = () => resolve(pending.result as T);
    pending.onerror = () => reject(pending.error ?? new Error('The draft store failed.'));
  });
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function placeSlice(into: JsonValue[] | JsonObject, slice: unknown[]): void {
  if (Array.isArray(into)) for (const item of slice as JsonValue[]) into.push(item);
  else fromEntries(slice as [string, JsonValue][], into);
}
