import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { crc32 } from './zip-integrity';
import { readBundleZip } from './zip';
import { bundleChecksum } from './checksum';

const source = strToU8('def hello(request, session, spec):\n    return request, session\n'.repeat(3));

function bundle(level: 0 | 6): Uint8Array {
  const manifest = { file_list: ['hook.py'], custom_middleware: { driver: 'python' }, checksum: bundleChecksum({ 'hook.py': source }, ['hook.py']), signature: '' };
  return zipSync({ 'manifest.json': strToU8(JSON.stringify(manifest)), 'hook.py': source }, { level });
}

/** Rewrites a 32-bit field of hook.py's headers, local (at `local`) and central (at `central`). */
function lie(zip: Uint8Array, local: number, central: number, value: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const signature = view.getUint32(i, true);
    const isLocal = signature === 0x04034b50;
    if (!isLocal && signature !== 0x02014b50) continue;
    const nameAt = i + (isLocal ? 30 : 46);
    const length = view.getUint16(i + (isLocal ? 26 : 28), true);
    if (new TextDecoder().decode(out.subarray(nameAt, nameAt + length)) === 'hook.py') view.setUint32(i + (isLocal ? local : central), value, true);
  }
  return out;
}

describe('a bundle entry whose headers lie', () => {
  it('crc32 is the zip one', () => {
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
  });

  it('reads an honest bundle, stored or deflated', () => {
    expect(readBundleZip(bundle(0)).ok).toBe(true);
    expect(readBundleZip(bundle(6)).ok).toBe(true);
  });

  it('refuses a stored entry whose compressed size is too large, rather than restoring zip bytes and NULs', () => {
    const result = readBundleZip(lie(bundle(0), 18, 20, source.length + 120), { allowBadChecksum: true });
    expect(result).toMatchObject({ ok: false, code: 'damaged-entry' });
    if (!result.ok) expect(result.reason).toMatch(/"hook\.py" unpacks to \d+ bytes, but the zip declares/);
  });

  it('refuses a deflated entry whose size is declared smaller (a silently cut file)', () => {
    const result = readBundleZip(lie(bundle(6), 22, 24, 10), { allowBadChecksum: true });
    expect(result).toMatchObject({ ok: false, code: 'damaged-entry' });
  });

  it('refuses an entry whose bytes do not match its CRC-32', () => {
    const result = readBundleZip(lie(bundle(0), 14, 16, 0x12345678), { allowBadChecksum: true });
    expect(result).toMatchObject({ ok: false, code: 'damaged-entry' });
    if (!result.ok) expect(result.reason).toMatch(/CRC-32/);
  });
});
