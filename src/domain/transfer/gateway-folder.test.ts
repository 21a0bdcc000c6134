import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fileNameOf, gatewayFolder, gatewayZip, INDEX_FILE, readGatewayFolder, readGatewayZip, type FolderApi } from './gateway-folder';

const classic: FolderApi = { id: 'payments', format: 'classic', doc: { api_id: 'payments', name: 'Payments', proxy: { listen_path: '/p/' } } };
const oas: FolderApi = {
  id: 'orders',
  format: 'oas',
  doc: { openapi: '3.0.3', info: { title: 'Orders', version: '1' }, paths: {}, 'x-tyk-api-gateway': { info: { id: 'orders', name: 'Orders' } } },
};

describe('a whole gateway as a folder in tyk-sync’s layout', () => {
  it('writes api-/oas- files wrapped as tyk-sync dumps them, and the .tyk.json index', () => {
    const files = gatewayFolder([classic, oas]);
    expect(Object.keys(files)).toEqual(['oas-orders.json', 'api-payments.json', INDEX_FILE]);
    expect(JSON.parse(files[INDEX_FILE] ?? '')).toEqual({ type: 'apidef', files: [{ file: 'oas-orders.json' }, { file: 'api-payments.json' }], policies: [], assets: [] });
    expect(JSON.parse(files['api-payments.json'] ?? '')).toEqual({ api_definition: classic.doc });
    expect(JSON.parse(files['oas-orders.json'] ?? '')).toEqual({ oas: oas.doc });
  });

  it('reads back what it wrote, through a zip, the same definitions', () => {
    const reading = readGatewayZip(gatewayZip([classic, oas]));
    expect(reading.problems).toEqual([]);
    expect(reading.apis).toEqual([oas, classic]);
  });

  it('reads bare definitions, a zip with one top folder, and says what is missing', () => {
    const zip = zipSync({
      'repo-main/.tyk.json': strToU8(JSON.stringify({ type: 'apidef', files: [{ file: 'a.json' }, { file: 'gone.json' }, { file: 'notes.json' }] })),
      'repo-main/a.json': strToU8(JSON.stringify(classic.doc)),
      'repo-main/notes.json': strToU8('{"hello": 1}'),
    });
    const reading = readGatewayZip(zip);
    expect(reading.apis).toEqual([classic]);
    expect(reading.problems).toEqual(['gone.json is listed in .tyk.json but not in the folder.', 'notes.json is not a Tyk API definition.']);
  });

  it('keeps file names to a safe alphabet whatever the id', () => {
    expect(fileNameOf({ id: '../../etc/passwd', format: 'classic' })).toBe('api-__.._etc_passwd.json');
    expect(readGatewayFolder({}).problems[0]).toMatch(/No \.tyk\.json/);
    expect(readGatewayZip(strToU8('not a zip')).problems[0]).toMatch(/cannot be read/);
  });
});
