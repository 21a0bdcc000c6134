import { describe, expect, it } from 'vitest';
import { clearFaults, setFaults, simulateConcurrentChange } from '../faults';
import { installEmbeddedGateway } from '../testing/embedded-gateway-for-tests';
import { tyk } from '../testing/tyk-request';

installEmbeddedGateway();

const ids = async () => ((await tyk('GET', '/tyk/apis')).json as { api_id: string }[]).map((api) => api.api_id);

describe('serveAfterReload: writes take effect after a hot reload, as on a real gateway', () => {
  it('serves a created API only after a reload', async () => {
    setFaults({ serveAfterReload: true });
    const doc = { api_id: 'loyalty', name: 'Loyalty', proxy: { listen_path: '/l/', target_url: 'http://l' } };
    expect((await tyk('POST', '/tyk/apis', { body: doc })).json).toMatchObject({ action: 'added' });
    expect((await tyk('GET', '/tyk/apis/loyalty')).status).toBe(404);
    expect(await ids()).not.toContain('loyalty');
    expect((await tyk('GET', '/tyk/reload?block=true')).status).toBe(200);
    expect((await tyk('GET', '/tyk/apis/loyalty')).status).toBe(200);
    expect(await ids()).toContain('loyalty');
  });

  it('serves the old copy after an update until a group reload', async () => {
    setFaults({ serveAfterReload: true });
    const { json } = await tyk('GET', '/tyk/apis/oas/orders');
    const renamed = { ...(json as object), info: { title: 'Orders v3', version: '3' } };
    expect((await tyk('PUT', '/tyk/apis/oas/orders', { body: renamed })).status).toBe(200);
    expect(((await tyk('GET', '/tyk/apis/oas/orders')).json as { info: { title: string } }).info.title).toBe('Orders (OAS)');
    await tyk('GET', '/tyk/reload/group');
    expect(((await tyk('GET', '/tyk/apis/oas/orders')).json as { info: { title: string } }).info.title).toBe('Orders v3');
  });

  it('keeps serving a deleted API until a reload; deleting it again fails as the gateway does', async () => {
    setFaults({ serveAfterReload: true });
    expect((await tyk('DELETE', '/tyk/apis/payments')).json).toMatchObject({ action: 'deleted' });
    expect((await tyk('GET', '/tyk/apis/payments')).status).toBe(200);
    expect(await tyk('DELETE', '/tyk/apis/payments')).toMatchObject({ status: 500, json: { status: 'error', message: 'Delete failed' } });
    await tyk('GET', '/tyk/reload');
    expect((await tyk('GET', '/tyk/apis/payments')).status).toBe(404);
  });

  it('serves writes at once again when turned off', async () => {
    setFaults({ serveAfterReload: true });
    await tyk('DELETE', '/tyk/apis/fraud-scoring');
    clearFaults();
    expect((await tyk('GET', '/tyk/apis/fraud-scoring')).status).toBe(404);
  });

  it("serves someone else's change at once: they reloaded", async () => {
    setFaults({ serveAfterReload: true });
    simulateConcurrentChange('payments');
    expect(((await tyk('GET', '/tyk/apis/payments')).json as { name: string }).name).toBe('Payments API (changed elsewhere)');
  });
});
