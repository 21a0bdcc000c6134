import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonEqual } from './json';

/** The slow, obviously right comparison: both sides as text with object keys sorted. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const object = value as Record<string, unknown>;
    return `{${Object.keys(object)
      .filter((key) => object[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(object[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

describe('jsonEqual', () => {
  it('ignores key order unless asked to keep it', () => {
    expect(jsonEqual({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toBe(true);
    expect(jsonEqual({ a: 1, b: 2 }, { b: 2, a: 1 }, { keyOrder: true })).toBe(false);
    expect(jsonEqual({ a: 1, b: 2 }, { a: 1, b: 2 }, { keyOrder: true })).toBe(true);
  });

  it('tells apart what JSON tells apart', () => {
    expect(jsonEqual({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(jsonEqual({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(jsonEqual({ a: '1' }, { a: 1 })).toBe(false);
    expect(jsonEqual([], {})).toBe(false);
    expect(jsonEqual(null, {})).toBe(false);
    expect(jsonEqual({ a: undefined }, {})).toBe(true);
  });

  it('agrees with comparing sorted JSON text on any values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(jsonEqual(a, b)).toBe(canonical(a) === canonical(b));
        expect(jsonEqual(a, structuredClone(a))).toBe(true);
      }),
    );
  });

  it('compares a shared document by reference, not by walking it', () => {
    const big = { paths: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`/r${i}`, { get: { operationId: `op${i}` } }])) };
    const before = { info: { title: 'a' }, big };
    const after = { info: { title: 'b' }, big };
    const seen = new Set<string>();
    const spy = new Proxy(big, { ownKeys: (target) => (seen.add('walked'), Reflect.ownKeys(target)) });
    expect(jsonEqual({ ...before, big: spy }, { ...after, big: spy })).toBe(false);
    expect(jsonEqual({ info: before.info, big: spy }, { info: { title: 'a' }, big: spy })).toBe(true);
    expect(seen.size).toBe(0);
  });
});
