import { describe, expect, it } from 'vitest';
import { lineOfPath } from './line-of-path';

const text = ['{', '  "info": { "version": "1" },', '  "x": {', '    "list": [', '      { "name": "a" },', '      { "name": "b" }', '    ]', '  },', '  "info": {', '    "version": 2', '  }', '}', ''].join('\n');

describe('lineOfPath: where a field is in the definition text', () => {
  it('finds a nested value, array items included', () => {
    expect(lineOfPath(text, ['x', 'list', 1, 'name'])).toBe(6);
    expect(lineOfPath(text, ['x'])).toBe(3);
  });

  it('takes the last of duplicate keys, as JSON.parse and the gateway do', () => {
    expect(lineOfPath(text, ['info', 'version'])).toBe(10);
  });

  it('falls back to the nearest enclosing value for a field that is missing', () => {
    expect(lineOfPath(text, ['x', 'missing', 'deeper'])).toBe(3);
    expect(lineOfPath(text, [])).toBe(1);
  });

  it('is undefined when the text is not JSON at all', () => {
    expect(lineOfPath('', ['a'])).toBeUndefined();
  });
});
