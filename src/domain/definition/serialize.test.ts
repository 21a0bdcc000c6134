import { describe, expect, it } from 'vitest';
import { detectIndent, serializeDefinition } from './serialize';
import { keysInTextOrder } from './text-keys';

describe('serializeDefinition', () => {
  it('writes an unedited document back as it was read, key order included', () => {
    const text = '{\n  "b": 1,\n  "a": {\n    "z": [\n      1,\n      {\n        "y": null\n      }\n    ],\n    "c": "x"\n  }\n}\n';
    expect(serializeDefinition(JSON.parse(text) as never)).toBe(text);
  });

  it('matches the indentation it is given', () => {
    const tabbed = '{\n\t"a": [\n\t\t1\n\t]\n}\n';
    expect(serializeDefinition(JSON.parse(tabbed) as never, detectIndent(tabbed))).toBe(tabbed);
    const four = '{\n    "a": true\n}\n';
    expect(serializeDefinition(JSON.parse(four) as never, detectIndent(four))).toBe(four);
  });
});

describe('detectIndent', () => {
  it('finds tabs, spaces, and defaults to two', () => {
    expect(detectIndent('{\n\t"a": 1\n}')).toBe('\t');
    expect(detectIndent('{\n    "a": 1\n}')).toBe(4);
    expect(detectIndent('{"a":1}')).toBe(2);
  });
});

describe('keysInTextOrder', () => {
  it('lists keys in document order, not string values', () => {
    expect(keysInTextOrder('{"a": "b", "c": {"d\\"": ["e"]}}')).toEqual(['a', 'c', 'd"']);
  });
});

describe('keys that look like array indexes', () => {
  const text = '{\n  "responses": {\n    "404": {\n      "d": 1\n    },\n    "default": {},\n    "200": []\n  },\n  "1": true,\n  "a": {}\n}\n';

  it('come back in the order of the text', async () => {
    const { parseJsonText } = await import('./parse-json');
    const parsed = parseJsonText(text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(Object.keys((parsed.value as Record<string, object>)['responses'] ?? {})).toEqual(['200', '404', 'default']);
    expect(serializeDefinition(parsed.value as never)).toBe(text);
  });

  it('keep that order through edits, new keys at the end', async () => {
    const { parseJsonText } = await import('./parse-json');
    const { mergeIn, setIn } = await import('../json-edit');
    const parsed = parseJsonText(text);
    if (!parsed.ok) throw new Error(parsed.message);
    const doc = parsed.value as never;
    const edited = mergeIn(doc, ['responses'], { '500': 'x', default: { e: 1 } });
    if (!edited.ok) throw new Error('mergeIn failed');
    expect(keysInTextOrder(serializeDefinition(edited.value))).toEqual(['responses', '404', 'd', 'default', 'e', '200', '500', '1', 'a']);
    const added = setIn(doc, ['7'], 1);
    if (!added.ok) throw new Error('setIn failed');
    expect(keysInTextOrder(serializeDefinition(added.value)).filter((k) => k.length === 1)).toEqual(['d', '1', 'a', '7']);
  });
});

describe('remembered orders and objects changed in place', () => {
  it('never leave a key out', async () => {
    const { parseJsonText } = await import('./parse-json');
    const parsed = parseJsonText('{"b": 1, "2": 2}');
    if (!parsed.ok) throw new Error(parsed.message);
    const doc = parsed.value as Record<string, unknown>;
    doc['added'] = 3;
    delete doc['b'];
    expect(JSON.parse(serializeDefinition(doc as never))).toEqual({ 2: 2, added: 3 });
  });
});
