import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { historyStorage as undoHistory } from '../drafts/history-store';
import { createIndexedDbPushHistory } from './push-history';

describe('push history in IndexedDB', () => {
  it('lives in a database of its own, beside the drafts’ undo history (idb-keyval keeps one store per database)', async () => {
    await undoHistory().save('g::orders', { at: 1, past: [], future: [] });
    const pushes = createIndexedDbPushHistory();
    await pushes.record('g', { id: 'r1', apiId: 'orders', format: 'classic', at: '2026-12-04T00:00:00Z', action: 'modified', before: { a: 1 }, sent: { a: 2 } });
    expect((await pushes.load('g', 'orders')).records).toHaveLength(1);
    expect(await pushes.apis('g')).toEqual(['orders']);
    expect(await undoHistory().load('g::orders')).toEqual({ at: 1, past: [], future: [] });
  });
});
