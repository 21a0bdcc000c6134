import { describe, expect, it } from 'vitest';
import { DraftSession } from './draft-session';
import { createMemoryStorage } from './draft-storage';
import { isDirty, type Draft } from './draft-types';
import { openDraftSession, forgetSessions } from './open-draft';

const base = { api_id: 'a1', name: 'Orders', custom_middleware: { driver: 'goplugin', pre: [] } };

function draft(overrides: Partial<Draft> = {}): Draft {
  return { key: 'g::a1', gateway: 'g', apiId: 'a1', format: 'classic', base, doc: base, files: {}, updatedAt: 0, ...overrides };
}

describe('DraftSession', () => {
  it('makes each change one undo step, and redo walks it back', () => {
    const session = new DraftSession(draft(), createMemoryStorage());
    session.replaceDoc({ ...base, name: 'Orders v2' }, 'Rename');
    session.replaceDoc({ ...base, name: 'Orders v3' }, 'Rename again');
    expect(session.getState().draft.doc.name).toBe('Orders v3');
    session.undo();
    expect(session.getState().draft.doc.name).toBe('Orders v2');
    session.undo();
    expect(session.getState().draft.doc).toBe(base);
    session.undo(); // nothing left: no change
    expect(session.getState().past).toHaveLength(0);
    session.redo();
    session.redo();
    expect(session.getState().draft.doc.name).toBe('Orders v3');
  });

  it('clears redo when a new step follows an undo', () => {
    const session = new DraftSession(draft(), createMemoryStorage());
    session.replaceDoc({ ...base, name: 'B' }, 'b');
    session.undo();
    session.replaceDoc({ ...base, name: 'C' }, 'c');
    expect(session.getState().future).toHaveLength(0);
  });

  it('does not make typing in a file an undo step, but keeps the text', () => {
    const session = new DraftSession(draft(), createMemoryStorage());
    session.setFile('pre.go', 'package main');
    expect(session.getState().past).toHaveLength(0);
    expect(session.getState().draft.files['pre.go']).toBe('package main');
  });

  it('applies a plugin edit through the domain, and a refusal changes nothing', () => {
    const session = new DraftSession(draft(), createMemoryStorage());
    const fn = { name: 'AddHeader', path: 'plugins/add-header.so', enabled: true, requireSession: false, rawBodyOnly: false };
    const attached = session.apply({ type: 'attach', hook: 'pre', index: 0, fn }, 'Attach');
    expect(attached).toEqual({ ok: true });
    const pre = (session.getState().draft.doc.custom_middleware as { pre: { name: string }[] }).pre;
    expect(pre.map((entry) => entry.name)).toEqual(['AddHeader']);

    const before = session.getState();
    const refused = session.apply({ type: 'attach', hook: 'pre', index: 99, fn }, 'Attach');
    expect(refused.ok).toBe(false);
    expect(session.getState()).toBe(before);
  });

  it('saves to storage, and a dirty saved draft wins over the gateway copy on reopen', async () => {
    const storage = createMemoryStorage();
    const session = new DraftSession(draft(), storage);
    session.replaceDoc({ ...base, name: 'Edited' }, 'Rename');
    await session.flush();
    forgetSessions();
    const reopened = await openDraftSession({ id: 'a1', format: 'classic', doc: { ...base, name: 'Theirs' } }, 'g', storage);
    expect(reopened.getState().draft.doc.name).toBe('Edited');
    expect(isDirty(reopened.getState().draft)).toBe(true);
  });

  it('a clean saved draft yields to the gateway copy but keeps its files', async () => {
    const storage = createMemoryStorage();
    await storage.save(draft({ files: { 'a.py': 'x' } }));
    forgetSessions();
    const theirs = { ...base, name: 'Theirs' };
    const reopened = await openDraftSession({ id: 'a1', format: 'classic', doc: theirs }, 'g', storage);
    expect(reopened.getState().draft.doc).toBe(theirs);
    expect(reopened.getState().draft.files).toEqual({ 'a.py': 'x' });
  });

  it('discard goes back to the base', () => {
    const session = new DraftSession(draft(), createMemoryStorage());
    session.replaceDoc({ ...base, name: 'X' }, 'x');
    session.discard();
    expect(session.getState().draft.doc).toBe(base);
    expect(isDirty(session.getState().draft)).toBe(false);
  });
});
