import { describe, expect, it } from 'vitest';
import { DraftSession } from './draft-session';
import { createMemoryStorage, type DraftStorage } from './draft-storage';
import type { Draft } from './draft-types';

const base = { api_id: 'a1', name: 'Orders', custom_middleware: { driver: 'goplugin', pre: [] } };
const opened: Draft = { key: 'g::a1', gateway: 'g', apiId: 'a1', format: 'classic', base, doc: base, files: {}, updatedAt: 0 };

/** Two tabs with the same API open: two sessions over one store, as two pages share one IndexedDB. */
function twoTabs(storage: DraftStorage = createMemoryStorage()) {
  return { storage, first: new DraftSession(opened, storage), second: new DraftSession(opened, storage) };
}

const nameOf = (session: DraftSession) => session.getState().draft.doc.name;

describe('one API edited in two tabs', () => {
  it('a tab with nothing unsaved takes the other tab’s saved change at once, as an undo step', async () => {
    const { first, second } = twoTabs();
    first.replaceDoc({ ...base, name: 'From the first tab' }, 'Rename');
    await first.flush();
    await second.storedElsewhere(1);
    expect(nameOf(second)).toBe('From the first tab');
    expect(second.getState().save).toEqual({ state: 'saved', fromAnotherTab: true });
    expect(second.getState().past.at(-1)?.label).toBe('Changes from another tab');
    // Its next change builds on the first tab's and is stored over it, not refused.
    second.replaceDoc({ ...second.getState().draft.doc, listen: 'x' }, 'Edit');
    await second.flush();
    expect(second.getState().save.state).toBe('saved');
  });

  it('two changes made before either tab heard of the other: the later write is refused, not silent', async () => {
    const { storage, first, second } = twoTabs();
    first.replaceDoc({ ...base, name: 'First' }, 'Rename');
    second.replaceDoc({ ...base, name: 'Second' }, 'Rename');
    await first.flush();
    await second.flush();
    expect((await storage.load('g::a1'))?.doc.name).toBe('First');
    const save = second.getState().save;
    expect(save.state).toBe('conflict');
    if (save.state !== 'conflict') return;
    expect(save.theirs?.doc.name).toBe('First');
    expect(save.common.doc).toBe(base);
    // Nothing is written while the user has not chosen.
    second.replaceDoc({ ...base, name: 'Second, again' }, 'Rename');
    await second.flush();
    expect((await storage.load('g::a1'))?.doc.name).toBe('First');
  });

  it('keeping this tab’s version stores it over the other’s; the other tab then hears of it', async () => {
    const { storage, first, second } = twoTabs();
    first.replaceDoc({ ...base, name: 'First' }, 'Rename');
    second.replaceDoc({ ...base, name: 'Second' }, 'Rename');
    await first.flush();
    await second.flush();
    second.resolveConflict('mine');
    await second.flush();
    const stored = await storage.load('g::a1');
    expect(stored?.doc.name).toBe('Second');
    expect(stored?.revision).toBe(2);
    await first.storedElsewhere(2);
    expect(nameOf(first)).toBe('Second');
  });

  it('taking the other tab’s version replaces this one, and undo brings this one back', async () => {
    const { first, second } = twoTabs();
    first.replaceDoc({ ...base, name: 'First' }, 'Rename');
    second.replaceDoc({ ...base, name: 'Second' }, 'Rename');
    await first.flush();
    await second.flush();
    second.resolveConflict('theirs');
    expect(nameOf(second)).toBe('First');
    expect(second.getState().save.state).toBe('saved');
    second.undo();
    expect(nameOf(second)).toBe('Second');
  });

  it('a merge of both is stored as one step', async () => {
    const { storage, first, second } = twoTabs();
    first.replaceDoc({ ...base, name: 'First' }, 'Rename');
    second.setFile('pre.go', 'package main');
    second.replaceDoc({ ...base, listen: '/x' }, 'Listen');
    await first.flush();
    await second.flush();
    second.resolveConflict({ merged: { doc: { ...base, name: 'First', listen: '/x' }, files: { 'pre.go': 'package main' } } });
    await second.flush();
    expect((await storage.load('g::a1'))?.doc).toEqual({ ...base, name: 'First', listen: '/x' });
    expect(second.getState().past.at(-1)?.label).toBe("Merge with the other tab's changes");
  });

  it('a draft discarded in another tab while this one has unsaved changes asks too', async () => {
    const { storage, first, second } = twoTabs();
    first.replaceDoc({ ...base, name: 'First' }, 'Rename');
    await first.flush();
    await second.storedElsewhere(1);
    second.replaceDoc({ ...base, name: 'Second' }, 'Rename');
    await storage.remove('g::a1');
    await second.storedElsewhere(0);
    expect(second.getState().save).toMatchObject({ state: 'conflict', theirs: undefined });
  });
});

describe('saying "saved" only once it is', () => {
  it('is "saving" from the change until the write has finished', async () => {
    let finish: () => void = () => undefined;
    const memory = createMemoryStorage();
    const slow: DraftStorage = {
      ...memory,
      saveIfRevision: (draft, expected) => new Promise((resolve) => (finish = () => resolve(memory.saveIfRevision(draft, expected)))),
    };
    const session = new DraftSession(opened, slow);
    session.replaceDoc({ ...base, name: 'Edited' }, 'Rename');
    expect(session.getState().save.state).toBe('saving');
    const flushed = session.flush();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(session.getState().save.state).toBe('saving');
    finish();
    await flushed;
    expect(session.getState().save.state).toBe('saved');
  });

  it('a write that fails says so, and a retry stores the change', async () => {
    const memory = createMemoryStorage();
    let failing = true;
    const flaky: DraftStorage = {
      ...memory,
      saveIfRevision: (draft, expected) => (failing ? Promise.reject(new Error('QuotaExceededError')) : memory.saveIfRevision(draft, expected)),
    };
    const session = new DraftSession(opened, flaky);
    session.replaceDoc({ ...base, name: 'Edited' }, 'Rename');
    await session.flush();
    expect(session.getState().save).toEqual({ state: 'failed', reason: 'QuotaExceededError' });
    failing = false;
    session.retrySave();
    await session.flush();
    expect(session.getState().save.state).toBe('saved');
    expect((await memory.load('g::a1'))?.doc.name).toBe('Edited');
  });
});
