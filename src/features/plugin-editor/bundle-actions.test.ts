import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { strToU8, unzipSync, zipSync, strFromU8 } from 'fflate';
import { readPluginModel } from '../../domain';
import type { JsonObject } from '../../domain/json';
import { importBundleZip, makeBundleZip } from './bundle-actions';

const source: JsonObject = {
  api_id: 'a1',
  name: 'A',
  proxy: { listen_path: '/a/' },
  use_keyless: false,
  custom_middleware: {
    driver: 'python',
    pre: [{ name: 'first', path: '' }],
    post: [{ name: 'last', path: '', disabled: true }],
  },
};
const files = { 'middleware.py': 'from tyk.decorators import *\n', 'helpers.py': 'X = 1\n' };

const oasTarget: JsonObject = {
  openapi: '3.0.3',
  info: { title: 'B', version: '1' },
  paths: {},
  'x-tyk-api-gateway': {
    info: { name: 'B', state: { active: true } },
    upstream: { url: 'http://b' },
    server: { listenPath: { value: '/b/' } },
    middleware: { global: { pluginConfig: { driver: 'otto' }, prePlugins: [{ enabled: true, functionName: 'Old', path: 'old.js' }] } },
  },
};

describe('bundles in the Code tab', () => {
  it('downloads a zip whose manifest lists the files, the hooks and the MD5 of the files in order', async () => {
    const zip = unzipSync(await makeBundleZip(source, 'classic', files));
    const manifest = JSON.parse(strFromU8(zip['manifest.json'] ?? new Uint8Array())) as JsonObject;
    expect(manifest.file_list).toEqual(['middleware.py', 'helpers.py']);
    const md5 = createHash('md5').update(files['middleware.py']).update(files['helpers.py']).digest('hex');
    expect(manifest.checksum).toBe(md5);
    expect(manifest.signature).toBe('');
    expect(manifest.custom_middleware).toMatchObject({ driver: 'python', pre: [{ name: 'first' }], post: [{ name: 'last', disabled: true }] });
    expect(strFromU8(zip['helpers.py'] ?? new Uint8Array())).toBe('X = 1\n');
  });

  it('imports a bundle into another API (OAS): its files join the draft and its hooks replace the old ones', async () => {
    const zip = await makeBundleZip(source, 'classic', files);
    const result = await importBundleZip(zip, oasTarget, 'oas', { 'keep.js': '// mine' });
    if (!result.ok) throw new Error(result.reason);
    expect(Object.keys(result.files).sort()).toEqual(['helpers.py', 'keep.js', 'middleware.py']);
    const model = readPluginModel(result.doc, 'oas');
    expect(model.driver).toBe('python');
    expect(model.hooks.pre.functions.map((f) => f.name)).toEqual(['first']);
    expect(model.hooks.post.functions.map((f) => [f.name, f.enabled])).toEqual([['last', false]]);
  });

  it('says clearly why a file is not a usable bundle', async () => {
    const notZip = await importBundleZip(strToU8('hello'), source, 'classic', {});
    expect(notZip).toMatchObject({ ok: false, reason: expect.stringContaining('not a zip') });
    const tampered = zipSync({
      'manifest.json': strToU8(JSON.stringify({ file_list: ['a.py'], custom_middleware: {}, checksum: '0'.repeat(32), signature: '' })),
      'a.py': strToU8('x'),
    });
    const bad = await importBundleZip(tampered, source, 'classic', {});
    expect(bad).toMatchObject({ ok: false, reason: expect.stringContaining('checksum does not match') });
  });
});
