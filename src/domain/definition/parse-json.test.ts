import { describe, expect, it } from 'vitest';
import { findJsonError, lineColumnAt, parseJsonText } from './parse-json';

describe('parseJsonText', () => {
  it('returns the value of valid JSON', () => {
    expect(parseJsonText('{"a": [1, true, null]}')).toEqual({ ok: true, value: { a: [1, true, null] } });
  });

  it('accepts a leading byte-order mark', () => {
    expect(parseJsonText('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it.each([
    ['{\n  "a": 1,\n  "b": }', 3, 8],
    ['{"a": 1,}', 1, 9],
    ['[1, 2', 1, 6],
    ['{"a" 1}', 1, 6],
    ['{"a": 1} extra', 1, 10],
    ["{'a': 1}", 1, 2],
    ['', 1, 1],
    ['{"a": "line\nbreak"}', 1, 12],
    ['{"a": tru}', 1, 7],
    ['{"a": 01}', 1, 8],
  ])('reports the line and column of the error in %j', (text, line, column) => {
    const result = parseJsonText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect({ line: result.line, column: result.column }).toEqual({ line, column });
    expect(result.message).toContain(`line ${line}, column ${column}`);
  });

  it('does not overflow on deeply nested text', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(99_999);
    const result = parseJsonText(deep);
    expect(result.ok).toBe(false);
  });
});

describe('findJsonError', () => {
  it('agrees with JSON.parse on valid text', () => {
    for (const text of ['{}', '[]', '0', '"x"', '{"a":{"b":[1,{"c":"\\u00e9\\n"}]}}', ' -1.5e3 ']) {
      expect(() => JSON.parse(text) as unknown).not.toThrow();
      expect(findJsonError(text)).toBeNull();
    }
  });
});

describe('lineColumnAt', () => {
  it('counts lines and columns from 1', () => {
    expect(lineColumnAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
