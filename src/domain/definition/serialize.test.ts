import { describe, expect, it } from 'vitest';
import { detectIndent, serializeDefinition } from './serialize';
import { keysInTextOrder } from './key-order';

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
