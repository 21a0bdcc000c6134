import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { JsonObject } from '../../domain/json';
import { changedPaths, threeWayMerge } from './three-way-merge';

const base: JsonObject = {
  api_id: 'a1',
  name: 'Orders',
  proxy: { listen_path: '/orders/', target_url: 'http://up' },
  custom_middleware: { driver: 'goplugin', pre: [{ name: 'A' }] },
  config_data: {},
};

describe('threeWayMerge', () => {
  it('carries my edits onto their copy where they did not touch', () => {
    const mine = { ...base, custom_middleware: { driver: 'goplugin', pre: [{ name: 'A' }, { name: 'B' }] } };
    const theirs = { ...base, name: 'Orders (changed elsewhere)', config_data: { changed_by: 'x' } };
    const result = threeWayMerge(base, mine, theirs);
    expect(result.conflicts).toEqual([]);
    expect(result.reapplied).toEqual([['custom_middleware']]);
    expect(result.doc).toEqual({ ...theirs, custom_middleware: mine.custom_middleware });
    expect(Object.keys(result.doc)).toEqual(Object.keys(theirs));
  });

  it('keeps theirs and reports mine where both changed the same value', () => {
    const mine = { ...base, name: 'Orders v2', proxy: { ...base.proxy as JsonObject, target_url: 'http://mine' } };
    const theirs = { ...base, name: 'Orders v3', proxy: { ...base.proxy as JsonObject, listen_path: '/o/' } };
    const result = threeWayMerge(base, mine, theirs);
    expect(result.conflicts).toEqual([{ path: ['name'], base: 'Orders', theirs: 'Orders v3', mine: 'Orders v2' }]);
    expect(result.doc.name).toBe('Orders v3');
    expect(result.doc.proxy).toEqual({ listen_path: '/o/', target_url: 'http://mine' });
  });

  it('applies my deletions and additions, and keeps theirs', () => {
    const mine: JsonObject = { ...base, extra: true };
    delete mine.config_data;
    const theirs: JsonObject = { ...base, tags: ['t'] };
    const result = threeWayMerge(base, mine, theirs);
    expect(result.doc).not.toHaveProperty('config_data');
    expect(result.doc.extra).toBe(true);
    expect(result.doc.tags).toEqual(['t']);
  });

  it('reports a deletion against their change as a conflict', () => {
    const mine: JsonObject = { ...base };
    delete mine.name;
    const result = threeWayMerge(base, mine, { ...base, name: 'New' });
    expect(result.conflicts).toEqual([{ path: ['name'], base: 'Orders', theirs: 'New', mine: undefined }]);
  });

  it('treats __proto__ as data', () => {
    const mine = JSON.parse('{"__proto__": {"polluted": true}, "name": "x"}') as JsonObject;
    const result = threeWayMerge({}, mine, {});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(result.doc, '__proto__')).toBe(true);
  });

  it('laws: no edits gives theirs; no change of theirs gives mine; same edits give them', () => {
    const json = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.oneof(fc.integer({ min: 0, max: 3 }), fc.dictionary(fc.constantFrom('x', 'y'), fc.boolean())), { maxKeys: 4 });
    fc.assert(
      fc.property(json, json, (b, other) => {
        const b1 = b as JsonObject;
        const o = other as JsonObject;
        expect(threeWayMerge(b1, b1, o).doc).toEqual(o);
        expect(threeWayMerge(b1, o, b1).doc).toEqual(o);
        expect(threeWayMerge(b1, o, o)).toMatchObject({ doc: o, conflicts: [] });
      }),
    );
  });
});

describe('changedPaths', () => {
  it('lists the leaves that differ', () => {
    expect(changedPaths(base, { ...base, name: 'x', proxy: { listen_path: '/orders/', target_url: 'http://y' } })).toEqual([
      ['name'],
      ['proxy', 'target_url'],
    ]);
  });
});
