import { describe, expect, it } from 'vitest';
import { duplicateKeyFindings, findDuplicateKeys } from './duplicate-keys';

describe('keys written twice', () => {
  it('finds them with their place, nested in objects and arrays', () => {
    const text = '{"a":1,"b":{"x":[{"k":1,"k":2}],"y":"}\\"{","y":3},"a":4}';
    expect(findDuplicateKeys(text)).toEqual([
      { path: ['b', 'x', 0], key: 'k' },
      { path: ['b'], key: 'y' },
      { path: [], key: 'a' },
    ]);
  });

  it('finds none where keys repeat only across objects', () => {
    expect(findDuplicateKeys('{"a":{"n":1},"b":{"n":2},"c":[{"n":1},{"n":2}]}')).toEqual([]);
  });

  it('survives nesting far deeper than the call stack', () => {
    const deep = '{"a":'.repeat(20_000) + '{"z":1,"z":2}' + '}'.repeat(20_000);
    expect(findDuplicateKeys(deep)[0]?.path).toHaveLength(20_000);
  });

  it('says which value counts', () => {
    const [finding] = duplicateKeyFindings('{"api_id":"a","name":"First","name":"Second"}');
    expect(finding).toMatchObject({ severity: 'warning', code: 'duplicate-key', path: ['name'] });
    expect(finding?.message).toMatch(/"name" is written more than once in \$: the gateway keeps the last value/);
  });
});
