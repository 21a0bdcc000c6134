import { describe, expect, it } from 'vitest';
import { installEmbeddedGateway } from '../mocks/testing/embedded-gateway-for-tests';
import { createApi, deleteApi, getApi, listApis, reloadGateway, testConnection, updateApi } from './client';
import { GatewayError } from './errors';
import { gatewayFetch } from './fetch';

installEmbeddedGateway();

describe('gateway client on the embedded gateway', () => {
  it('lists Classic and OAS APIs together, each once, OAS ones as their OAS document', async () => {
    const apis = await listApis();
    const ids = apis.map((api) => api.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(apis.length).toBeGreaterThanOrEqual(6);
    const orders = apis.find((api) => api.id === 'orders');
    expect(orders?.format).toBe('oas');
    expect(orders?.doc.openapi).toBe('3.0.3');
    expect(apis.find((api) => api.id === 'payments')?.format).toBe('classic');
    expect(apis.some((api) => api.format === 'classic' && api.doc.is_oas === true)).toBe(false);
  });

  it('opens one API of each format', async () => {
    const payments = await getApi('payments', 'classic');
    expect(payments.doc.name).toBe('Payments API');
    const orders = await getApi('orders', 'oas');
    expect(orders.doc['x-tyk-api-gateway']).toBeTruthy();
  });

  it('creates, updates and deletes a Classic API, each served after a hot reload', async () => {
    const reload = () => reloadGateway({ group: false });
    const doc = { api_id: 'new-one', name: 'New', proxy: { listen_path: '/new/', target_url: 'http://x/' }, version_data: {} };
    expect(await createApi('classic', doc)).toMatchObject({ key: 'new-one', status: 'ok', action: 'added' });
    await expect(getApi('new-one', 'classic')).rejects.toMatchObject({ kind: 'not-found' });
    await reload();
    expect(await updateApi('new-one', 'classic', { ...doc, name: 'Renamed' })).toMatchObject({ action: 'modified' });
    expect((await getApi('new-one', 'classic')).doc.name).toBe('New');
    await reload();
    expect((await getApi('new-one', 'classic')).doc.name).toBe('Renamed');
    expect(await deleteApi('new-one', 'classic')).toMatchObject({ action: 'deleted' });
    await reload();
    await expect(getApi('new-one', 'classic')).rejects.toMatchObject({ kind: 'not-found', message: 'API not found' });
  });

  it('answers a wrong secret with Tyk 403 and advice', async () => {
    const error = await gatewayFetch('/tyk/apis', {
      connection: { mode: 'proxy', label: 'http://gw:8080', baseUrl: '', key: 'http://gw:8080' },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect(error).toMatchObject({
      kind: 'forbidden',
      status: 403,
      message: 'Attempted administrative access with invalid or missing key!',
    });
    expect((error as GatewayError).advice).toContain('TYK_GATEWAY_SECRET');
  });

  it('tests the connection', async () => {
    expect(await testConnection()).toMatchObject({ ok: true });
  });
});
