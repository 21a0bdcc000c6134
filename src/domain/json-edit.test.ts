import { describe, expect, it } from 'vitest';
import type { JsonObject } from './json';
import { REMOVE, deleteIn, diffRoot, getIn, keysOf, mergeIn, setIn, updateIn } from './json-edit';

const doc: JsonObject = { a: { b: [1, { c: 2 }], d: 'x' }, e: true };

describe('json-edit', () => {
  it('reads paths and misses gracefully', () => {
    expect(getIn(doc, ['a', 'b', 1, 'c'])).toBe(2);
    expect(getIn(doc, ['a', 'b', 5])).toBeUndefined();
    expect(getIn(doc, ['e', 'x'])).toBeUndefined();
    expect(getIn(doc, ['toString'])).toBeUndefined();
  });

  it('copies only the path it changes and keeps key order', () => {
    const r = setIn(doc, ['a', 'd'], 'y');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.value['a'] as JsonObject)).toEqual(['b', 'd']);
    expect((r.value['a'] as JsonObject)['b']).toBe((doc['a'] as JsonObject)['b']);
    expect(doc).toEqual({ a: { b: [1, { c: 2 }], d: 'x' }, e: true });
  });

  it('appends new keys and creates missing objects', () => {
    const r = setIn(doc, ['n', 'm'], 1);
    expect(r.ok && Object.keys(r.value)).toEqual(['a', 'e', 'n']);
  });

  it('refuses a path blocked by a scalar', () => {
    expect(setIn(doc, ['e', 'x'], 1)).toEqual({ ok: false, at: ['e'] });
    expect(updateIn(doc, ['a', 'b', 9], () => 1)).toEqual({ ok: false, at: ['a', 'b'] });
  });

  it('deletes keys and array elements', () => {
    const r = deleteIn(doc, ['a', 'b', 0]);
    expect(r.ok && r.value).toEqual({ a: { b: [{ c: 2 }], d: 'x' }, e: true });
    const same = deleteIn(doc, ['zz']);
    expect(same.ok && same.value).toBe(doc);
  });

  it('writes a key named __proto__ as data, not as a prototype', () => {
    const fields = JSON.parse('{"__proto__": {"polluted": true}}') as JsonObject;
    const r = mergeIn({}, [], fields);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.prototype.hasOwnProperty.call(r.value, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(r.value)).toBe(Object.prototype);
  });

  it('mergeIn removes keys with REMOVE', () => {
    const r = mergeIn(doc, ['a'], { d: REMOVE, z: 1 });
    expect(r.ok && r.value['a']).toEqual({ b: [1, { c: 2 }], z: 1 });
  });

  it('diffRoot finds the smallest changed place', () => {
    const changed = setIn(doc, ['a', 'b', 1, 'c'], 3);
    if (!changed.ok) throw new Error('setIn failed');
    expect(diffRoot(doc, changed.value)).toEqual({ path: ['a', 'b', 1, 'c'], present: true, value: 2 });
    const added = setIn(doc, ['a', 'q'], 1);
    if (!added.ok) throw new Error('setIn failed');
    expect(diffRoot(doc, added.value)).toEqual({ path: ['a', 'q'], present: false, value: undefined });
    const removed = deleteIn(doc, ['a', 'd']);
    if (!removed.ok) throw new Error('deleteIn failed');
    expect(diffRoot(doc, removed.value)).toMatchObject({ path: ['a'], present: true });
  });

  it('copies a listed object by its keys with the same result as a spread: order, index-like and __proto__ keys', () => {
    const obj = JSON.parse('{"b": 1, "__proto__": {"x": 1}, "a": 2, "404": 3}') as JsonObject;
    expect(keysOf(obj)).toEqual(Object.keys(obj));
    let doc: JsonObject = { obj };
    for (const [key, value] of [['a', 5], ['new', 6], ['200', 7], ['__proto__', 8]] as const) {
      const next = setIn(doc, ['obj', key], value);
      if (!next.ok) throw new Error('setIn failed');
      const copy = next.value.obj as JsonObject;
      expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
      expect(keysOf(copy)).toEqual(Object.keys(copy));
      expect(JSON.stringify(copy)).toBe(JSON.stringify({ ...(doc.obj as JsonObject), [key]: value }));
      doc = next.value;
    }
    const removed = deleteIn(doc, ['obj', 'b']);
    expect(removed.ok && Object.keys(removed.value.obj as JsonObject)).toEqual(['200', '404', '__proto__', 'a', 'new']);
  });
});
