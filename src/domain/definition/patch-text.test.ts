import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { patchDefinitionText } from './patch-text';
import type { JsonObject, JsonValue } from '../json';

const text = `{
    "name": "Billing",
    "tags": [1, 2, 3],
    "custom_middleware": {
        "driver": "goplugin",
        "pre": [ { "name": "A", "path": "a.so" } ],
        "post": []
    },
    "zz": {"compact": true}
}
`;
const doc = JSON.parse(text) as JsonObject;

describe('patchDefinitionText', () => {
  it('gives back the very same text when nothing changed', () => {
    expect(patchDefinitionText(text, doc, structuredClone(doc))).toBe(text);
  });

  it('changes only the changed value and keeps the layout of the rest', () => {
    const after = structuredClone(doc) as { name: string };
    after.name = 'Billing v2';
    const result = patchDefinitionText(text, doc, after as unknown as JsonObject);
    expect(result).toBe(text.replace('"Billing"', '"Billing v2"'));
  });

  it('appends a new key and removes a deleted one, leaving other lines alone', () => {
    const after = structuredClone(doc) as Record<string, JsonValue>;
    delete after.zz;
    after.active = true;
    const result = patchDefinitionText(text, doc, after as JsonObject) ?? '';
    expect(JSON.parse(result)).toEqual(after);
    expect(Object.keys(JSON.parse(result) as object)).toEqual(Object.keys(after));
    expect(result).toContain('"tags": [1, 2, 3]');
  });

  it('rewrites a reordered list and keeps the rest', () => {
    const after = structuredClone(doc) as { custom_middleware: { pre: JsonValue[]; post: JsonValue[] } };
    after.custom_middleware.post = after.custom_middleware.pre;
    after.custom_middleware.pre = [];
    const result = patchDefinitionText(text, doc, after as unknown as JsonObject) ?? '';
    expect(JSON.parse(result)).toEqual(after);
    expect(result).toContain('"zz": {"compact": true}');
  });

  it('always reads back as the edited definition, key order included (property)', () => {
    const value = fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.boolean(), fc.constant(null));
    const key = fc.constantFrom('name', 'tags', 'custom_middleware', 'zz', 'extra', 'more');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('set', 'delete'), key, value), { maxLength: 6 }), (ops) => {
        const after = structuredClone(doc) as Record<string, JsonValue>;
        for (const [op, k, v] of ops) {
          if (op === 'delete') delete after[k];
          else after[k] = v;
        }
        const result = patchDefinitionText(text, doc, after as JsonObject);
        if (result === null) return true; // the caller falls back to a fresh serialization
        expect(JSON.stringify(JSON.parse(result))).toBe(JSON.stringify(after));
        return true;
      }),
    );
  });
});
