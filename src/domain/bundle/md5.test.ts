// @vitest-environment node
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Md5, md5Hex } from './md5';

const nodeMd5 = (...chunks: Uint8Array[]): string => {
  const h = createHash('md5');
  for (const c of chunks) h.update(c);
  return h.digest('hex');
};

describe('md5', () => {
  it('matches the RFC 1321 test suite', () => {
    const enc = new TextEncoder();
    expect(md5Hex(enc.encode(''))).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(md5Hex(enc.encode('abc'))).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(
      md5Hex(enc.encode('12345678901234567890123456789012345678901234567890123456789012345678901234567890')),
    ).toBe('57edf4a22be3c955ac49da2e2107b67a');
  });

  it('agrees with Node crypto on random input, at every block boundary and split into chunks', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 200 }), { maxLength: 5 }), (chunks) => {
        expect(md5Hex(...chunks)).toBe(nodeMd5(...chunks));
      }),
      { numRuns: 300 },
    );
    for (let n = 50; n <= 130; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);
      expect(new Md5().update(bytes).hex(), `length ${n}`).toBe(nodeMd5(bytes));
    }
  });
});
