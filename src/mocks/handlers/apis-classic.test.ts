import { describe, expect, it } from 'vitest';
import { installEmbeddedGateway } from '../testing/embedded-gateway-for-tests';
import { tyk } from '../testing/tyk-request';

installEmbeddedGateway();

/** Writes are served after a hot reload, as on the gateway. */
const reload = () => tyk('GET', '/tyk/reload?block=true');

const FORBIDDEN = { status: 'error', message: 'Attempted administrative access with invalid or missing key!' };

describe('embedded gateway: Tyk Classic endpoints', () => {
  it('answers a missing or wrong secret with 403 on every endpoint', async () => {
    for (const [method, path] of [
      ['GET', '/tyk/apis'],
      ['GET', '/tyk/apis/payments'],
      ['POST', '/tyk/apis'],
      ['PUT', '/tyk/apis/payments'],
      ['DELETE', '/tyk/apis/payments'],
      ['GET', '/tyk/apis/oas'],
      ['GET', '/tyk/reload'],
      ['GET', '/tyk/reload/group'],
      ['POST', '/tyk/debug'],
    ] as const) {
      expect(await tyk(method, path, { secret: null, body: {} }), `${method} ${path}`).toMatchObject({ status: 403, json: FORBIDDEN });
      expect((await tyk(method, path, { secret: 'wrong', body: {} })).status).toBe(403);
    }
    // Nothing was deleted by the refused calls.
    expect((await tyk('GET', '/tyk/apis/payments')).status).toBe(200);
  });

  it('lists OAS APIs too, as Classic copies with is_oas: true', async () => {
    const { status, json } = await tyk('GET', '/tyk/apis');
    expect(status).toBe(200);
    const list = json as { api_id: string; is_oas?: boolean; proxy?: { listen_path?: string } }[];
    const orders = list.find((api) => api.api_id === 'orders');
    expect(orders?.is_oas).toBe(true);
    expect(orders?.proxy?.listen_path).toBe('/orders/');
    expect(list.find((api) => api.api_id === 'payments')?.is_oas).toBe(false);
  });

  it('creates with a generated id when api_id is missing', async () => {
    const { json } = await tyk('POST', '/tyk/apis', { body: { name: 'No id', proxy: { listen_path: '/x/', target_url: 'http://x' } } });
    expect(json).toMatchObject({ status: 'ok', action: 'added' });
    const key = (json as { key: string }).key;
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    await reload();
    expect((await tyk('GET', `/tyk/apis/${key}`)).json).toMatchObject({ api_id: key, name: 'No id' });
  });

  it('replaces an API when POSTed with its id, as the gateway does', async () => {
    const { json } = await tyk('POST', '/tyk/apis', { body: { api_id: 'payments', name: 'Replaced' } });
    expect(json).toEqual({ key: 'payments', status: 'ok', action: 'added' });
    await reload();
    // Served as the gateway encodes it: the fields sent, and every other field at its zero value.
    expect((await tyk('GET', '/tyk/apis/payments')).json).toMatchObject({ api_id: 'payments', name: 'Replaced', use_keyless: false, custom_middleware: { pre: [], driver: '' } });
  });

  it('updates, refuses a mismatching id, and refuses an OAS API', async () => {
    const { json: doc } = await tyk('GET', '/tyk/apis/fraud-scoring');
    const changed = { ...(doc as object), name: 'Fraud Scoring v2' };
    expect((await tyk('PUT', '/tyk/apis/fraud-scoring', { body: changed })).json).toEqual({
      key: 'fraud-scoring',
      status: 'ok',
      action: 'modified',
    });
    const mismatch = await tyk('PUT', '/tyk/apis/fraud-scoring', { body: { ...changed, api_id: 'x' } });
    expect(mismatch).toMatchObject({
      status: 400,
      json: { status: 'error', message: 'Request APIID does not match that in Definition! For Update operations these must match.' },
    });
    const oas = await tyk('PUT', '/tyk/apis/orders', { body: { api_id: 'orders' } });
    expect(oas.status).toBe(400);
    expect((oas.json as { message: string }).message).toMatch(/only supports Tyk Classic APIs/);
  });

  it('answers malformed JSON with 400 "Request malformed"', async () => {
    expect(await tyk('POST', '/tyk/apis', { rawBody: '{not json' })).toMatchObject({
      status: 400,
      json: { status: 'error', message: 'Request malformed' },
    });
  });

  it('deletes, then 404 "API not found"', async () => {
    expect((await tyk('DELETE', '/tyk/apis/public-catalogue')).json).toEqual({
      key: 'public-catalogue',
      status: 'ok',
      action: 'deleted',
    });
    await reload();
    for (const method of ['GET', 'DELETE', 'PUT']) {
      expect(await tyk(method, '/tyk/apis/public-catalogue', { body: { api_id: 'public-catalogue' } })).toMatchObject({
        status: 404,
        json: { status: 'error', message: 'API not found' },
      });
    }
  });

  it('serves the same API under a base path', async () => {
    expect((await tyk('GET', '/gateway-base/tyk/apis/payments')).status).toBe(200);
  });
});
