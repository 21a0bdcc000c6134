import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../domain/json';
import { deleteIn, keysOf, setIn } from '../domain/json-edit';
import { cutSpine, type Big } from './spine';

/** A container made by an edit of one key is listed and sized from the one it was made from (spine.ts). */
describe('a large container after an edit of one key', () => {
  const big = (n: number): JsonObject => Object.fromEntries(Array.from({ length: n }, (_, i) => [`op${i}`, { i }]));

  it('lists the keys Object.keys gives, whether the key was replaced, added, index-like or removed', () => {
    const doc: JsonObject = { ops: big(50) };
    keysOf(doc.ops as JsonObject);
    for (const [key, value] of [['op3', { i: 'x' }], ['new', {}], ['404', {}]] as const) {
      const edited = setIn(doc, ['ops', key], value);
      if (!edited.ok) throw new Error('setIn failed');
      const ops = edited.value.ops as JsonObject;
      expect(keysOf(ops)).toEqual(Object.keys(ops));
    }
    const removed = deleteIn(doc, ['ops', 'op1']);
    if (!removed.ok) throw new Error('deleteIn failed');
    expect(keysOf(removed.value.ops as JsonObject)).toEqual(Object.keys(removed.value.ops as JsonObject));
  });

  it('is still cut out of the spine as large', () => {
    const doc: JsonObject = { a: { ops: big(30) } };
    cutSpine(doc, 'doc', [], 20);
    const edited = setIn(doc, ['a', 'ops', 'op0'], 1);
    if (!edited.ok) throw new Error('setIn failed');
    const bigs: Big[] = [];
    expect(cutSpine(edited.value, 'doc', bigs, 20)).toEqual({ a: { ops: {} } });
    expect(bigs.map((b) => b.path)).toEqual([['a', 'ops']]);
  });
});
