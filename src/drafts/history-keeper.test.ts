import { describe, expect, it, vi } from 'vitest';
import { DraftSession } from './draft-session';
import { createMemoryStorage } from './draft-storage';
import type { Draft } from './draft-types';
import { KEPT_STEPS, keepHistory, restoreHistory } from './history-keeper';
import { createMemoryHistoryStorage } from './history-store';

const doc = { api_id: 'a', name: 'A', proxy: { listen_path: '/a/' } };
const draft: Draft = { key: 'g::a', gateway: 'g', apiId: 'a', format: 'classic', base: doc, doc, files: {}, updatedAt: 1 };

describe('undo steps survive a reload', () => {
  it('stores the steps with the state they lead to; a new session of that state can undo them', async () => {
    const storage = createMemoryStorage();
    const history = createMemoryHistoryStorage();
    let clock = 10;
    const first = new DraftSession(draft, storage, () => ++clock);
    const keeper = keepHistory(first, history);
    first.replaceDoc({ ...doc, name: 'B' }, 'Rename to B');
    first.replaceDoc({ ...doc, name: 'C' }, 'Rename to C');
    first.undo();
    await Promise.all([first.flush(), keeper.flush()]);

    // The page reloads: the stored draft opens in a new session, and its steps come back.
    const stored = await storage.load('g::a');
    if (!stored) throw new Error('not stored');
    const second = new DraftSession(stored, storage);
    await restoreHistory(second, history);
    expect(second.getState().draft.doc.name).toBe('B');
    expect(second.getState().past.map((step) => step.label)).toEqual(['Rename to B']);
    second.redo();
    expect(second.getState().draft.doc.name).toBe('C');
    second.undo();
    second.undo();
    expect(second.getState().draft.doc.name).toBe('A');
    keeper.stop();
  });

  it('keeps only steps that lead to the stored state, and only the newest ones', async () => {
    vi.useFakeTimers();
    const history = createMemoryHistoryStorage();
    let clock = 100;
    const session = new DraftSession(draft, createMemoryStorage(), () => ++clock);
    const keeper = keepHistory(session, history);
    for (let i = 0; i < KEPT_STEPS + 5; i += 1) session.replaceDoc({ ...doc, name: `N${i}` }, `Step ${i}`);
    await vi.advanceTimersByTimeAsync(1500);
    const kept = await history.load('g::a');
    expect(kept?.past).toHaveLength(KEPT_STEPS);
    expect(kept?.past[0]?.label).toBe('Step 5');
    // A draft stored after the steps (another state) does not take them.
    const other = new DraftSession({ ...draft, updatedAt: 999 }, createMemoryStorage());
    await restoreHistory(other, history);
    expect(other.getState().past).toEqual([]);
    keeper.stop();
    vi.useRealTimers();
  });
});
