import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../domain/json';
import { setFaults } from '../mocks/faults';
import { listStored } from '../mocks/store';
import { installEmbeddedGateway } from '../mocks/testing/embedded-gateway-for-tests';
import { createApi, getApi, reloadGateway } from './client';
import { ensureApiId, idOf } from './create';
import { GatewayError } from './errors';

installEmbeddedGateway();

const classicDoc = (): JsonObject => ({
  name: 'Loyalty Points',
  proxy: { listen_path: '/loyalty/', target_url: 'http://loyalty.internal/', strip_listen_path: true },
  version_data: { not_versioned: true, versions: { Default: { name: 'Default' } } },
});

const oasDoc = (): JsonObject => ({
  openapi: '3.0.3',
  info: { title: 'Loyalty (OAS)', version: '1.0.0' },
  paths: {},
  'x-tyk-api-gateway': {
    info: { name: 'Loyalty (OAS)', state: { active: true } },
    upstream: { url: 'http://loyalty.internal/' },
    server: { listenPath: { value: '/loyalty-oas/', strip: true } },
  },
});

describe('creating APIs', () => {
  it('creates a Classic API without an id under an id the gateway then serves', async () => {
    const result = await createApi('classic', classicDoc());
    expect(result).toMatchObject({ status: 'ok', action: 'added' });
    expect(result.key).toMatch(/^[0-9a-f]{32}$/);
    await reloadGateway({ group: false });
    const stored = await getApi(result.key, 'classic');
    expect(stored.doc.name).toBe('Loyalty Points');
  });

  it('creates an OAS API and opens it', async () => {
    const result = await createApi('oas', oasDoc());
    await reloadGateway({ group: false });
    const stored = await getApi(result.key, 'oas');
    expect(idOf(stored.doc, 'oas')).toBe(result.key);
  });

  it('keeps the key order of the document, adding the id first', () => {
    const doc = ensureApiId('classic', classicDoc());
    expect(Object.keys(doc)).toEqual(['api_id', 'name', 'proxy', 'version_data']);
    expect(ensureApiId('classic', classicDoc()).api_id).toBe(doc.api_id);
  });

  it('a retry after a lost answer never creates a duplicate', async () => {
    const before = listStored().length;
    // The gateway stores the API, then the answer is lost on the way back.
    setFaults({ failNext: { status: 0, match: 'POST', afterHandling: true } });
    const error = await createApi('classic', classicDoc()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect((error as GatewayError).kind).toBe('network');
    expect(listStored().length).toBe(before + 1);
    // The user presses "push" again with the same definition.
    const retry = await createApi('classic', classicDoc());
    expect(retry).toMatchObject({ status: 'ok', action: 'added' });
    expect(listStored().length).toBe(before + 1);
  });

  it('a failed POST (nothing stored) can be retried and creates exactly one', async () => {
    const before = listStored().length;
    setFaults({ failNext: { status: 500, match: 'POST' } });
    await expect(createApi('oas', oasDoc())).rejects.toMatchObject({ kind: 'server' });
    expect(listStored().length).toBe(before);
    await createApi('oas', oasDoc());
    await expect(createApi('oas', oasDoc())).resolves.toMatchObject({ action: 'added' });
    expect(listStored().length).toBe(before + 1);
  });

  it('refuses to overwrite a different API with the same id', async () => {
    const doc = { ...classicDoc(), api_id: 'payments' };
    const error = await createApi('classic', doc).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'conflict' });
    expect((await getApi('payments', 'classic')).doc.name).toBe('Payments API');
  });

  it('refuses an id that an API of the other format has', async () => {
    const doc = { ...classicDoc(), api_id: 'orders' };
    await expect(createApi('classic', doc)).rejects.toMatchObject({ kind: 'conflict' });
  });
});
