import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { JsonValue } from '../json';
import { jsonEqual } from '../json';
import { parseJsonText } from '../definition/parse-json';
import { textOrderOf } from '../definition/text-order';
import { carve, placePiece, valueAt } from './carve';
import { restoreTextOrder } from '../definition/text-order';

/** What the receiving side does: structured-clone each part (as postMessage would), then put it back. */
function reassemble(value: JsonValue, max: number): JsonValue {
  const { skeleton, pieces, orders } = structuredClone(carve(value, max));
  for (const piece of pieces) placePiece(skeleton, piece);
  for (const { path, keys } of orders) {
    const target = valueAt(skeleton, path);
    if (target && typeof target === 'object') restoreTextOrder(target, keys);
  }
  return skeleton;
}

describe('cutting a document into pieces and putting it back', () => {
  it('gives back the same document, key order included, for any JSON and any piece size', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.integer({ min: 1, max: 5 }), (value, max) => {
        const back = reassemble(value as JsonValue, max);
        expect(jsonEqual(back, value, { keyOrder: true })).toBe(true);
      }),
    );
  });

  it('cuts large containers nested in large containers, parents first', () => {
    const paths = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`/p${i}`, { ops: Array.from({ length: 5 }, (_, k) => k) }]));
    const doc = { openapi: '3.0.3', paths };
    const { skeleton, pieces } = carve(doc, 3);
    expect(skeleton).toEqual({ openapi: '3.0.3', paths: {} });
    expect(pieces.map((piece) => piece.path.length)).toEqual([...pieces.map((piece) => piece.path.length)].sort((a, b) => a - b));
    expect(jsonEqual(reassemble(doc, 3), doc, { keyOrder: true })).toBe(true);
  });

  it('keeps "__proto__" a plain key and the written order of index-like keys', () => {
    const parsed = parseJsonText('{"responses":{"404":{},"200":{}},"a":{"__proto__":{"x":1},"b":2,"c":3}}');
    if (!parsed.ok) throw new Error('test text');
    const back = reassemble(parsed.value as JsonValue, 2) as { responses: object; a: object };
    expect(Object.getPrototypeOf(back.a)).toBe(Object.prototype);
    expect(Object.keys(back.a)).toEqual(['__proto__', 'b', 'c']);
    expect(textOrderOf(back.responses)).toEqual(['404', '200']);
  });
});
