import { describe, expect, it } from 'vitest';
import type { Draft } from '../../drafts/draft-types';
import { mergeTabs } from './tab-merge';

const doc = { api_id: 'a1', name: 'Orders', proxy: { listen_path: '/orders/' } };
const draft = (change: Partial<Draft>): Draft => ({ key: 'g::a1', gateway: 'g', apiId: 'a1', format: 'classic', base: doc, doc, files: {}, updatedAt: 0, ...change });

describe('merging two tabs’ changes', () => {
  it('carries changes to different places onto each other, files included', () => {
    const common = draft({ files: { 'a.go': 'A', 'b.go': 'B' } });
    const mine = draft({ doc: { ...doc, name: 'Mine' }, files: { 'a.go': 'A2', 'b.go': 'B' } });
    const theirs = draft({ doc: { ...doc, proxy: { listen_path: '/theirs/' } }, files: { 'a.go': 'A', 'c.go': 'C' } });
    expect(mergeTabs(common, mine, theirs)).toEqual({
      ok: true,
      doc: { api_id: 'a1', name: 'Mine', proxy: { listen_path: '/theirs/' } },
      files: { 'a.go': 'A2', 'c.go': 'C' },
    });
  });

  it('names the places both changed differently', () => {
    const common = draft({ files: { 'a.go': 'A' } });
    const mine = draft({ doc: { ...doc, name: 'Mine' }, files: { 'a.go': 'mine' } });
    const theirs = draft({ doc: { ...doc, name: 'Theirs' }, files: { 'a.go': 'theirs' } });
    expect(mergeTabs(common, mine, theirs)).toEqual({ ok: false, clashes: ['name (here "Mine", there "Theirs")', 'the file a.go'] });
  });
});
