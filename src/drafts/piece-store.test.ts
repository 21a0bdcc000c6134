import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../domain/json';
import { setIn } from '../domain/json-edit';
import { createPieceStorage, STORED_APART } from './piece-store';
import { isDirty, type Draft } from './draft-types';

/** An OAS-like definition whose `paths` is far past one piece. */
function bigDoc(count: number): JsonObject {
  const paths: JsonObject = {};
  for (let i = 0; i < count; i++) paths[`/items/${i}`] = { get: { operationId: `get${i}` } };
  return { openapi: '3.0.3', info: { title: 'Big' }, paths, 'x-tyk-api-gateway': { info: { name: 'Big', id: 'big' } } };
}

let n = 0;
const draftOf = (doc: JsonObject, base: JsonObject | null = doc): Draft => ({
  key: `g::big-${(n += 1)}`,
  gateway: 'g',
  apiId: 'big',
  format: 'oas',
  base,
  doc,
  files: { 'a.py': 'x' },
  updatedAt: 1,
});

describe('drafts stored in pieces (IndexedDB)', () => {
  it('gives back the same draft, key order kept, and the base and the draft still share their large parts', async () => {
    const storage = createPieceStorage();
    const doc = bigDoc(5_000);
    const draft = draftOf(doc);
    expect(await storage.save(draft)).toBe(1);
    const loaded = await storage.load(draft.key);
    expect(loaded?.doc).toEqual(doc);
    expect(Object.keys(loaded?.doc.paths as JsonObject)).toEqual(Object.keys(doc.paths as JsonObject));
    expect(loaded?.base?.paths).toBe(loaded?.doc.paths);
    expect(loaded?.files).toEqual({ 'a.py': 'x' });
  });

  it('an edit outside the large part writes no piece again, and reads back whole', async () => {
    const storage = createPieceStorage();
    const doc = bigDoc(4_500);
    const draft = draftOf(doc);
    await storage.save(draft);
    const edited = { ...doc, info: { title: 'Edited' } };
    const outcome = await storage.saveIfRevision({ ...draft, doc: edited }, 1);
    expect(outcome).toEqual({ ok: true, revision: 2 });
    const loaded = await storage.load(draft.key);
    expect(loaded?.doc.info).toEqual({ title: 'Edited' });
    expect(Object.keys(loaded?.doc.paths as JsonObject)).toHaveLength(4_500);
    expect(isDirty(loaded as Draft)).toBe(true);
  });

  it('an edit of one entry of the large part writes that entry\'s piece only, at once, and reads back whole', async () => {
    const storage = createPieceStorage();
    const doc = bigDoc(4_500);
    const draft = draftOf(doc);
    await storage.save(draft);
    const piecesBefore = await storedPieceKeys();
    const edited = setIn(doc, ['paths', '/items/2500', 'get', 'summary'], 'Changed');
    if (!edited.ok) throw new Error('setIn failed');
    const outcome = await storage.saveIfRevision({ ...draft, doc: edited.value }, 1);
    expect(outcome).toEqual({ ok: true, revision: 2 });
    const piecesAfter = await storedPieceKeys();
    // The base keeps its 5 pieces; the draft shares 4 of them and has one new piece of its own.
    expect(piecesAfter.filter((id) => !piecesBefore.includes(id))).toHaveLength(1);
    const loaded = await createPieceStorage().load(draft.key);
    expect(loaded?.doc).toEqual(edited.value);
    expect(Object.keys(loaded?.doc.paths as JsonObject)).toEqual(Object.keys(doc.paths as JsonObject));
    expect(loaded?.base).toEqual(doc);
  });

  it('refuses a write over a newer revision, and hands back the stored draft whole', async () => {
    const storage = createPieceStorage();
    const draft = draftOf(bigDoc(3_000));
    await storage.save(draft);
    await storage.save({ ...draft, doc: { ...draft.doc, info: { title: 'Other tab' } } });
    const outcome = await storage.saveIfRevision({ ...draft, doc: { ...draft.doc, info: { title: 'Mine' } } }, 1);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.stored?.doc.info).toEqual({ title: 'Other tab' });
    expect(Object.keys(outcome.stored?.doc.paths as JsonObject)).toHaveLength(3_000);
  });

  it('lists drafts without their large parts, telling changed from unchanged', async () => {
    const storage = createPieceStorage();
    const clean = draftOf(bigDoc(2_500));
    const base = bigDoc(2_500);
    const changed = draftOf(bigDoc(2_500), base);
    await storage.save(clean);
    await storage.save(changed);
    const listed = await storage.list();
    const byKey = new Map(listed.map((draft) => [draft.key, draft]));
    expect(isDirty(byKey.get(clean.key) as Draft)).toBe(false);
    expect(isDirty(byKey.get(changed.key) as Draft)).toBe(true);
    expect(Object.keys(byKey.get(clean.key)?.doc.paths as JsonObject)).toEqual([STORED_APART]);
  });

  it('removes a draft with its pieces', async () => {
    const storage = createPieceStorage();
    const draft = draftOf(bigDoc(2_100));
    await storage.save(draft);
    await storage.remove(draft.key);
    expect(await storage.load(draft.key)).toBeUndefined();
  });

  it('two pages: an edit written at once over another page’s newer write is refused and changes nothing', async () => {
    const first = createPieceStorage();
    const second = createPieceStorage();
    const draft = draftOf(bigDoc(2_200));
    await first.save(draft);
    const theirs = await second.load(draft.key);
    if (!theirs) throw new Error('stored draft');
    expect(await second.saveIfRevision({ ...theirs, doc: { ...theirs.doc, info: { title: 'Second page' } } }, 1)).toEqual({ ok: true, revision: 2 });
    const outcome = await first.saveIfRevision({ ...draft, doc: { ...draft.doc, info: { title: 'First page' } } }, 1);
    expect(outcome.ok).toBe(false);
    const stored = await first.load(draft.key);
    expect(stored?.doc.info).toEqual({ title: 'Second page' });
    expect(Object.keys(stored?.doc.paths as JsonObject)).toHaveLength(2_200);
  });

  it('after a reload, an edit that keeps the large parts reuses their stored pieces', async () => {
    const storage = createPieceStorage();
    const draft = draftOf(bigDoc(3_000));
    await storage.save(draft);
    const reopened = createPieceStorage();
    const loaded = await reopened.load(draft.key);
    if (!loaded) throw new Error('stored draft');
    expect(await reopened.saveIfRevision({ ...loaded, doc: { ...loaded.doc, info: { title: 'Edited' } } }, 1)).toEqual({ ok: true, revision: 2 });
    const again = await createPieceStorage().load(draft.key);
    expect(again?.doc.info).toEqual({ title: 'Edited' });
    expect(Object.keys(again?.doc.paths as JsonObject)).toHaveLength(3_000);
  });
});

describe('containers this page already holds', () => {
  it('a load after the save that wrote it gives the same large containers back, without reading them again', async () => {
    const storage = createPieceStorage();
    const doc = bigDoc(5_000);
    const draft = draftOf(doc);
    await storage.save(draft);
    const [first, second] = await Promise.all([storage.load(draft.key), storage.load(draft.key)]);
    expect(first?.doc.paths).toBe(doc.paths);
    expect(second?.doc.paths).toBe(doc.paths);
    // The spine is the load's own: changing it leaves the saved document alone.
    expect(first?.doc).not.toBe(doc);
  });

  it('two loads on a fresh page read the pieces once and share the result', async () => {
    const writer = createPieceStorage();
    const draft = draftOf(bigDoc(4_200));
    await writer.save(draft);
    const reader = createPieceStorage();
    const [first, second] = await Promise.all([reader.load(draft.key), reader.load(draft.key)]);
    expect(first?.doc.paths).toBe(second?.doc.paths);
    expect(first?.doc).toEqual(draft.doc);
  });
});

/** Every key in the pieces store (fake-indexeddb keeps one database for the whole file). */
function storedPieceKeys(): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('plugin-studio');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('draft-pieces', 'readonly').objectStore('draft-pieces').getAllKeys();
      request.onsuccess = () => {
        open.result.close();
        resolve(request.result as string[]);
      };
      request.onerror = () => reject(request.error);
    };
  });
}
