// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildManifest } from './manifest';
import { buildBundleZip, readBundleZip } from './zip';

// The app's tests run under jsdom, whose TextEncoder and Uint8Array may come from another realm.
describe('bundle zip under jsdom', () => {
  it('round-trips text files with a verified checksum', () => {
    const files = { 'hook.js': 'var hook = new TykJS.TykMiddleware.NewMiddleware({});\n// é\n' };
    const manifest = buildManifest(files, { driver: 'otto' });
    const read = readBundleZip(buildBundleZip(files, manifest));
    expect(read).toMatchObject({ ok: true, checksumOk: true, files });
  });
});
