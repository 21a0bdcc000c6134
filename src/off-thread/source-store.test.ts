import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { pointSource, storedSource, storeSource } from './source-store';

describe('imported source texts', () => {
  it('a draft reads the text the import reader stored for it, and a new import of it drops the old text', async () => {
    expect(await storeSource('import:one', '{"a": 1}')).toBe(true);
    await pointSource('g::api', 'import:one');
    expect(await storedSource('g::api')).toBe('{"a": 1}');

    await storeSource('import:two', '{"a": 2}');
    await pointSource('g::api', 'import:two');
    expect(await storedSource('g::api')).toBe('{"a": 2}');
    expect(await storedSource('import:one')).toBeUndefined();

    // Text stored for the draft itself (a small import) replaces the pointer, and the text it pointed at.
    await storeSource('g::api', '{"a": 3}');
    expect(await storedSource('g::api')).toBe('{"a": 3}');
    expect(await storedSource('import:two')).toBeUndefined();
  });
});
