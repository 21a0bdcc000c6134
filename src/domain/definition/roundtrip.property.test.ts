import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonText } from './parse-json';
import { serializeDefinition } from './serialize';

/** A JSON tree with its keys in a chosen order (including keys JavaScript would reorder). */
type Tree = null | number | string | boolean | Tree[] | { pairs: [string, Tree][] };

const keyArb = fc.constantFrom('a', 'b', 'zeta', '0', '7', '200', '404', '__proto__', 'x-y', '1a', '01');
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.integer(),
    fc.string({ maxLength: 5 }),
    fc.boolean(),
    fc.array(tie('node'), { maxLength: 3 }),
    fc.uniqueArray(fc.tuple(keyArb, tie('node')), { selector: ([k]) => k, maxLength: 5 }).map((pairs) => ({ pairs })),
  ),
})).node;

function render(t: Tree, indent: string): string {
  if (t === null || typeof t !== 'object') return JSON.stringify(t);
  const inner = indent + '  ';
  if (Array.isArray(t)) return t.length === 0 ? '[]' : `[\n${t.map((v) => inner + render(v, inner)).join(',\n')}\n${indent}]`;
  if (t.pairs.length === 0) return '{}';
  return `{\n${t.pairs.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${render(v, inner)}`).join(',\n')}\n${indent}}`;
}

describe('parse then serialize with no edits', () => {
  it('gives back the same text, whatever the key order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(keyArb, tree), { selector: ([k]) => k, maxLength: 6 }),
        (pairs) => {
          const text = render({ pairs }, '') + '\n';
          const parsed = parseJsonText(text);
          expect(parsed.ok).toBe(true);
          if (!parsed.ok) return;
          expect(serializeDefinition(parsed.value as never)).toBe(text);
        },
      ),
      { numRuns: 500 },
    );
  });
});
