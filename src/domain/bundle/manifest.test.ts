// @vitest-environment node
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildManifest } from './manifest';
import type { BundleFiles } from './types';

/** The checksum computed independently: Node's MD5 over the listed files' bytes, in order. */
function nodeChecksum(files: BundleFiles, list: string[]): string {
  const hash = createHash('md5');
  for (const name of list) {
    const content = files[name];
    hash.update(typeof content === 'string' ? Buffer.from(content, 'utf8') : (content ?? new Uint8Array()));
  }
  return hash.digest('hex');
}

const fileName = fc.stringMatching(/^[a-z][a-z0-9_]{0,8}\.(py|js|lua|so)$/);
const content = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.uint8Array({ maxLength: 300 }));

describe('buildManifest', () => {
  it('checksum: the MD5 of the listed files concatenated in file_list order, as Node computes it', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fileName, content, { minKeys: 1, maxKeys: 6 }),
        fc.boolean(),
        (files, reverse) => {
          const order = reverse ? Object.keys(files).reverse() : undefined;
          const manifest = buildManifest(files, { driver: 'python' }, order);
          expect(manifest.file_list).toEqual(order ?? Object.keys(files));
          expect(manifest.checksum).toMatch(/^[0-9a-f]{32}$/);
          expect(manifest.checksum).toBe(nodeChecksum(files, manifest.file_list));
          expect(manifest.signature).toBe('');
          expect(manifest.custom_middleware).toEqual({ driver: 'python' });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('order matters, and manifest.json, unknown names and repeats are left out of file_list', () => {
    const files = { 'a.py': 'A', 'b.py': 'B', 'manifest.json': '{}' };
    const ab = buildManifest(files, {}, ['a.py', 'b.py']);
    const ba = buildManifest(files, {}, ['b.py', 'a.py', 'b.py', 'ghost.py', 'manifest.json']);
    expect(ba.file_list).toEqual(['b.py', 'a.py']);
    expect(ab.checksum).toBe(createHash('md5').update('AB').digest('hex'));
    expect(ba.checksum).toBe(createHash('md5').update('BA').digest('hex'));
    expect(buildManifest(files, {}).file_list).toEqual(['a.py', 'b.py']);
    expect(buildManifest({}, {}).checksum).toBe('d41d8cd98f00b204e9800998ecf8427e');
  });
});
