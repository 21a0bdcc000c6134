// @vitest-environment node
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildManifest } from './manifest';
import { buildBundleZip, readBundleZip } from './zip';

const SHARED = path.resolve(process.cwd(), '../shared/tyk');
const EXAMPLE = path.join(SHARED, 'examples/bundles/otto-signed-bundle.zip');
const hasExample = existsSync(EXAMPLE);
if (!hasExample) console.warn(`Skipping the example bundle test: ${EXAMPLE} is absent.`);

const files = {
  'middleware.py':
    'from tyk.decorators import *\n\n@Hook\ndef Pre(request, session, spec):\n    return request, session\n',
  'lib/helper.py': 'X = "é"\n',
  'plugin.so': new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0xff, 0xfe, 0x00]),
};
const cm = { driver: 'python', pre: [{ name: 'Pre', path: 'middleware.py' }] };

describe('bundle zip', () => {
  it('round-trips files and manifest, text as text and binary as bytes', () => {
    const manifest = buildManifest(files, cm);
    const read = readBundleZip(buildBundleZip(files, manifest));
    expect(read).toMatchObject({ ok: true, checksumOk: true, manifest, unlisted: [] });
    if (!read.ok) return;
    expect(read.files).toEqual(files);
    expect(read.files['plugin.so']).toBeInstanceOf(Uint8Array);
  });

  it('builds the same bytes for the same input', () => {
    const manifest = buildManifest(files, cm);
    expect(buildBundleZip(files, manifest)).toEqual(buildBundleZip(files, manifest));
  });

  it.skipIf(!hasExample)('verifies the checksum of a bundle built by the gateway tooling', () => {
    const bytes = new Uint8Array(readFileSync(EXAMPLE));
    const read = readBundleZip(bytes);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.checksumOk).toBe(true);
    expect(read.manifest.checksum.startsWith('18ac76e5')).toBe(true);
    expect(read.manifest.signature).not.toBe('');
    expect(read.manifest.custom_middleware.driver).toBe('otto');
    // Independently: Node's MD5 of the listed file.
    const listed = read.manifest.file_list.map((name) => read.files[name] ?? '');
    const node = createHash('md5');
    for (const content of listed) node.update(content);
    expect(node.digest('hex')).toBe(read.manifest.checksum);
  });
});

describe('readBundleZip: bad bundles get a clear reason', () => {
  const good = () => {
    const manifest = buildManifest(files, cm);
    return { manifest, zip: buildBundleZip(files, manifest) };
  };

  it('not a zip, or a damaged one', () => {
    expect(readBundleZip(strToU8('hello world'))).toMatchObject({ ok: false, code: 'not-zip' });
    expect(readBundleZip(new Uint8Array())).toMatchObject({ ok: false, code: 'not-zip' });
    const { zip } = good();
    const truncated = readBundleZip(zip.slice(0, Math.floor(zip.length / 2)));
    expect(truncated).toMatchObject({ ok: false, code: 'not-zip' });
    if (!truncated.ok) expect(truncated.reason).toMatch(/cannot be read/);
    expect(readBundleZip(undefined as unknown as Uint8Array)).toMatchObject({ ok: false, code: 'not-zip' });
  });

  it('no manifest.json, or one in a folder', () => {
    expect(readBundleZip(zipSync({ 'middleware.py': strToU8('x') }))).toMatchObject({
      ok: false,
      code: 'no-manifest',
    });
    const nested = readBundleZip(zipSync({ 'my-bundle/manifest.json': strToU8('{}') }));
    expect(nested.ok).toBe(false);
    if (!nested.ok) expect(nested.reason).toContain('"my-bundle/"');
  });

  it('manifest that is not JSON, or has wrong types', () => {
    const notJson = readBundleZip(zipSync({ 'manifest.json': strToU8('{"file_list": [') }));
    expect(notJson).toMatchObject({ ok: false, code: 'manifest-not-json' });
    const wrong = readBundleZip(zipSync({ 'manifest.json': strToU8('{"file_list": "middleware.py"}') }));
    expect(wrong).toMatchObject({ ok: false, code: 'manifest-invalid' });
  });

  it('a listed file missing', () => {
    const manifest = { ...buildManifest(files, cm), file_list: ['middleware.py', 'gone.py'] };
    const read = readBundleZip(
      zipSync({ 'manifest.json': strToU8(JSON.stringify(manifest)), 'middleware.py': strToU8('x') }),
    );
    expect(read).toMatchObject({ ok: false, code: 'file-missing' });
    if (!read.ok) expect(read.reason).toContain('"gone.py"');
  });

  it('a tampered file: checksum mismatch with expected and actual', () => {
    const { manifest } = good();
    const tampered = { ...files, 'middleware.py': `${files['middleware.py']}# changed\n` };
    const zip = buildBundleZip(tampered, manifest);
    const actual = createHash('md5')
      .update(tampered['middleware.py'])
      .update(tampered['lib/helper.py'])
      .update(tampered['plugin.so'])
      .digest('hex');
    const read = readBundleZip(zip);
    expect(read).toMatchObject({ ok: false, code: 'checksum-mismatch' });
    if (!read.ok) {
      expect(read.reason).toContain(manifest.checksum);
      expect(read.reason).toContain(actual);
    }
    const lenient = readBundleZip(zip, { allowBadChecksum: true });
    expect(lenient).toMatchObject({ ok: true, checksumOk: false });
    if (lenient.ok) expect(lenient.files['middleware.py']).toContain('# changed');
  });

  it('names files the manifest does not list', () => {
    const manifest = buildManifest(files, cm, ['middleware.py']);
    const read = readBundleZip(buildBundleZip(files, manifest));
    expect(read).toMatchObject({ ok: true, checksumOk: true, unlisted: ['lib/helper.py', 'plugin.so'] });
  });

  it('paths outside the bundle folder, and archives too large to unpack', () => {
    const evil = zipSync({ 'manifest.json': strToU8('{}'), '../evil.py': strToU8('x') });
    const read = readBundleZip(evil);
    expect(read).toMatchObject({ ok: false, code: 'unsafe-path' });
    if (!read.ok) expect(read.reason).toContain('"../evil.py"');
    expect(readBundleZip(zipSync({ 'manifest.json': strToU8('{}'), '/etc/x': strToU8('x') }))).toMatchObject({
      code: 'unsafe-path',
    });
    const big = zipSync({ 'manifest.json': strToU8('{}'), 'big.bin': new Uint8Array(4096) });
    expect(readBundleZip(big, { maxBytes: 1024 })).toMatchObject({ ok: false, code: 'too-large' });
    const small = readBundleZip(big, { maxBytes: 1024 });
    if (!small.ok) expect(small.reason).toContain('1024 bytes');
    expect(readBundleZip(big, { maxBytes: 1024 * 1024, allowBadChecksum: true })).toMatchObject({ ok: true });
  });
});
