import { describe, expect, it } from 'vitest';
import { installEmbeddedGateway } from '../testing/embedded-gateway-for-tests';
import { tyk } from '../testing/tyk-request';

installEmbeddedGateway();

/** Writes are served after a hot reload, as on the gateway. */
const reload = () => tyk('GET', '/tyk/reload?block=true');

type Oas = { openapi?: string; info?: { title?: string }; 'x-tyk-api-gateway'?: { info?: { id?: string; name?: string } } };

describe('embedded gateway: Tyk OAS endpoints', () => {
  it('lists only OAS APIs, with x-tyk-api-gateway unless mode=public', async () => {
    const list = (await tyk('GET', '/tyk/apis/oas')).json as Oas[];
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((doc) => doc.openapi && doc['x-tyk-api-gateway']?.info?.id)).toBe(true);
    const pub = (await tyk('GET', '/tyk/apis/oas?mode=public')).json as Oas[];
    expect(pub.every((doc) => doc['x-tyk-api-gateway'] === undefined)).toBe(true);
  });

  it('opens one; refuses a Classic API with the message Tyk gives', async () => {
    expect(((await tyk('GET', '/tyk/apis/oas/orders')).json as Oas).info?.title).toBe('Orders (OAS)');
    expect(await tyk('GET', '/tyk/apis/oas/payments')).toMatchObject({
      status: 400,
      json: { status: 'error', message: 'the requested API definition is in Tyk classic format, please use old api endpoint' },
    });
    expect((await tyk('GET', '/tyk/apis/oas/nope')).status).toBe(404);
  });

  it('requires x-tyk-api-gateway to create, and generates the id', async () => {
    const bare = { openapi: '3.0.3', info: { title: 'Bare', version: '1' }, paths: {} };
    expect(await tyk('POST', '/tyk/apis/oas', { body: bare })).toMatchObject({
      status: 400,
      json: { status: 'error', message: 'the payload should contain x-tyk-api-gateway' },
    });
    const withExt = { ...bare, 'x-tyk-api-gateway': { info: { name: 'Bare', state: { active: true } }, upstream: { url: 'http://u' }, server: { listenPath: { value: '/bare/' } } } };
    const created = (await tyk('POST', '/tyk/apis/oas', { body: withExt })).json as { key: string; action: string };
    expect(created.action).toBe('added');
    expect((await tyk('GET', `/tyk/apis/oas/${created.key}`)).status).toBe(404);
    await reload();
    const stored = (await tyk('GET', `/tyk/apis/oas/${created.key}`)).json as Oas;
    expect(stored['x-tyk-api-gateway']?.info?.id).toBe(created.key);
  });

  it('updates with PUT (ids must match) and refuses a Classic API', async () => {
    const doc = (await tyk('GET', '/tyk/apis/oas/orders')).json as Oas;
    const renamed = { ...doc, info: { ...doc.info, title: 'Orders v3' } };
    expect((await tyk('PUT', '/tyk/apis/oas/orders', { body: renamed })).json).toEqual({ key: 'orders', status: 'ok', action: 'modified' });
    expect(((await tyk('GET', '/tyk/apis/oas/orders')).json as Oas).info?.title).toBe('Orders (OAS)');
    await reload();
    expect(((await tyk('GET', '/tyk/apis/oas/orders')).json as Oas).info?.title).toBe('Orders v3');
    const other = { ...renamed, 'x-tyk-api-gateway': { ...renamed['x-tyk-api-gateway'], info: { id: 'elsewhere', name: 'x' } } };
    expect((await tyk('PUT', '/tyk/apis/oas/orders', { body: other })).status).toBe(400);
    expect((await tyk('PUT', '/tyk/apis/oas/payments', { body: renamed })).json).toMatchObject({
      message: 'the supplied API definition is in OAS format, please use the Tyk classic format for this API',
    });
  });

  it('PATCH without x-tyk-api-gateway keeps the stored extension', async () => {
    const patch = { openapi: '3.0.3', info: { title: 'Patched', version: '9' }, paths: {} };
    expect((await tyk('PATCH', '/tyk/apis/oas/shipping-quotes', { body: patch })).json).toMatchObject({ action: 'modified' });
    await reload();
    const stored = (await tyk('GET', '/tyk/apis/oas/shipping-quotes')).json as Oas;
    expect(stored.info?.title).toBe('Patched');
    expect(stored['x-tyk-api-gateway']?.info?.name).toBe('Shipping Quotes');
  });

  it('deletes through either endpoint family', async () => {
    expect((await tyk('DELETE', '/tyk/apis/oas/partner-webhooks')).json).toEqual({ key: 'partner-webhooks', status: 'ok', action: 'deleted' });
    // Still served, its file gone: the gateway's 500 until a reload, then 404.
    expect((await tyk('DELETE', '/tyk/apis/oas/partner-webhooks')).status).toBe(500);
    await reload();
    expect((await tyk('DELETE', '/tyk/apis/oas/partner-webhooks')).status).toBe(404);
    expect((await tyk('DELETE', '/tyk/apis/orders')).json).toMatchObject({ action: 'deleted' });
    await reload();
    const ids = ((await tyk('GET', '/tyk/apis')).json as { api_id: string }[]).map((api) => api.api_id);
    expect(ids).not.toContain('orders');
  });

  it('puts the API URL first in servers on create, and replaces it when the listen path changes', async () => {
    const ext = { info: { id: 'srv', name: 'Srv', state: { active: true } }, upstream: { url: 'http://u' }, server: { listenPath: { value: '/srv/' } } };
    const doc = { openapi: '3.0.3', info: { title: 'Srv', version: '1' }, servers: [{ url: 'https://public.example.com/' }], paths: {}, 'x-tyk-api-gateway': ext };
    await tyk('POST', '/tyk/apis/oas', { body: doc });
    await reload();
    const created = (await tyk('GET', '/tyk/apis/oas/srv')).json as { servers: { url: string }[] };
    expect(created.servers.map((s) => s.url)).toEqual(['http://localhost:8080/srv/', 'https://public.example.com/']);
    const moved = { ...created, 'x-tyk-api-gateway': { ...ext, server: { listenPath: { value: '/moved/' } } } };
    await tyk('PUT', '/tyk/apis/oas/srv', { body: moved });
    await reload();
    const updated = (await tyk('GET', '/tyk/apis/oas/srv')).json as { servers: { url: string }[] };
    expect(updated.servers.map((s) => s.url)).toEqual(['http://localhost:8080/moved/', 'https://public.example.com/']);
  });
});
