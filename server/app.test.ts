import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createServer } from './app.mjs';
import { allowedHostsFrom } from './gateway-guard.mjs';
import { startGatewayDouble, type GatewayDouble } from './testing/gateway-double';
import { writeFakeDist } from './testing/fake-dist';

const secret = 'serve-test-secret-91c2';
const app = { 'x-plugin-studio-request': '1', 'sec-fetch-site': 'same-origin' };

describe('npm run serve in front of a gateway', () => {
  let gateway: GatewayDouble;
  let server: FastifyInstance;
  let base: string;

  beforeAll(async () => {
    gateway = await startGatewayDouble(secret);
    server = await createServer({
      distDir: writeFakeDist(),
      gatewayUrl: gateway.url,
      gatewaySecret: secret,
      allowedHosts: allowedHostsFrom(undefined),
      gatewayTimeoutMs: 500,
    });
    await server.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await server?.close();
    await gateway?.stop();
  });
  beforeEach(() => {
    gateway.seen.length = 0;
    gateway.setMood('tyk');
  });

  it("forwards the app's calls with the secret added here, and the body as sent", async () => {
    const body = JSON.stringify({ api_id: 'a1', name: 'Orders' });
    const response = await fetch(`${base}/tyk/apis/a1?x=1`, { method: 'PUT', headers: { ...app, 'content-type': 'application/json' }, body });
    expect(response.status).toBe(200);
    expect(gateway.seen).toHaveLength(1);
    expect(gateway.seen[0]).toMatchObject({ method: 'PUT', url: '/tyk/apis/a1?x=1', body });
    expect(gateway.seen[0]?.headers['x-tyk-authorization']).toBe(secret);
    expect(gateway.seen[0]?.headers['x-plugin-studio-request']).toBeUndefined();
  });

  it('refuses a cross-site DELETE with 403 and the reason, and the gateway never sees it', async () => {
    const response = await fetch(`${base}/tyk/apis/a1`, { method: 'DELETE', headers: { ...app, origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' } });
    expect(response.status).toBe(403);
    expect(response.headers.get('x-plugin-studio-proxy')).toBe('refused');
    expect((await response.json()).message).toMatch(/refused this call: the call comes from another site/);
    expect(gateway.seen).toHaveLength(0);
  });

  it('refuses a text/plain POST (what a form on another site can send)', async () => {
    const response = await fetch(`${base}/tyk/apis`, { method: 'POST', headers: { ...app, 'content-type': 'text/plain' }, body: '{"api_id":"x"}' });
    expect(response.status).toBe(403);
    expect((await response.json()).message).toMatch(/text\/plain, not application\/json/);
    expect(gateway.seen).toHaveLength(0);
  });

  it('marks its own failures: a gateway that drops the connection, one that never answers', async () => {
    gateway.setMood('reset');
    const reset = await fetch(`${base}/tyk/apis`, { headers: app });
    expect(reset.status).toBe(502);
    expect(reset.headers.get('x-plugin-studio-proxy')).toBe('reset');

    gateway.setMood('slow');
    const slow = await fetch(`${base}/tyk/apis`, { headers: app });
    expect(slow.status).toBe(504);
    expect(slow.headers.get('x-plugin-studio-proxy')).toBe('timeout');
    expect((await slow.json()).message).toMatch(/did not answer within/);
  });

  it("passes a web page's 404 on as it is (the app tells it from Tyk's own)", async () => {
    gateway.setMood('html-404');
    const response = await fetch(`${base}/tyk/apis/a1`, { headers: app });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/html/);
    expect(response.headers.get('x-plugin-studio-proxy')).toBeNull();
  });

  it('serves the page with a strict CSP, nosniff and a referrer policy, the gateway URL but never the secret', async () => {
    for (const path of ['/', '/apis/orders/code']) {
      const response = await fetch(`${base}${path}`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
      expect(csp).toMatch(/worker-src 'self' blob:/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(csp).not.toMatch(/'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      const html = await response.text();
      expect(html).toContain(`<meta name="plugin-studio-gateway" content="${gateway.url}" />`);
      expect(html).not.toContain(secret);
    }
  });

  it('serves hashed assets gzipped and cached for good; a missing asset is a 404, not the page', async () => {
    const asset = await fetch(`${base}/assets/index-AbC123.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
    const missing = await fetch(`${base}/assets/gone-123.js`, { headers: { accept: 'text/html' } });
    expect(missing.status).toBe(404);
    const worker = await fetch(`${base}/embedded-gateway-worker.js`);
    expect(worker.headers.get('cache-control')).toBe('no-cache');
  });

  it('says plainly when the gateway is stopped', async () => {
    await gateway.stop();
    const response = await fetch(`${base}/tyk/apis`, { headers: app });
    expect(response.status).toBe(502);
    expect(response.headers.get('x-plugin-studio-proxy')).toBe('unreachable');
    expect((await response.json()).message).toMatch(/Could not reach the gateway at http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
  });
});
