// @vitest-environment node
import { createServer as createHttpServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';

/**
 * The dev server in front of a real gateway (the same proxy as `npm run serve`, server/gateway-proxy.mjs): `/tyk/*` must reach TYK_GATEWAY_URL with the secret added on
 * the server side, and the secret must never reach the page.
 */
describe('the dev server proxy to a real gateway', () => {
  const secret = 'proxy-test-secret-7f3a';
  const seen: IncomingHttpHeaders[] = [];
  let gateway: Server;
  let vite: ViteDevServer;
  let base: string;

  beforeAll(async () => {
    gateway = createHttpServer((req, res) => {
      seen.push(req.headers);
      const ok = req.headers['x-tyk-authorization'] === secret;
      res.writeHead(ok ? 200 : 403, { 'content-type': 'application/json' });
      res.end(
        ok ? JSON.stringify([]) : JSON.stringify({ status: 'error', message: 'Attempted administrative access with invalid or missing key!' }),
      );
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    const gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
    process.env.TYK_GATEWAY_URL = gatewayUrl;
    process.env.TYK_GATEWAY_SECRET = secret;
    vite = await createServer({ server: { port: 0, strictPort: false, host: '127.0.0.1' }, logLevel: 'silent' });
    await vite.listen();
    const address = vite.httpServer?.address() as AddressInfo;
    base = `http://127.0.0.1:${address.port}`;
  }, 30_000);

  afterAll(async () => {
    delete process.env.TYK_GATEWAY_URL;
    delete process.env.TYK_GATEWAY_SECRET;
    await vite?.close();
    await new Promise((resolve) => gateway?.close(resolve));
  });

  const fromTheApp = { 'x-plugin-studio-request': '1', 'sec-fetch-site': 'same-origin' };

  it('adds the secret to /tyk requests on the server side', async () => {
    const response = await fetch(`${base}/tyk/apis`, { headers: fromTheApp });
    expect(response.status).toBe(200);
    expect(seen.at(-1)?.['x-tyk-authorization']).toBe(secret);
  });

  it('overrides whatever secret a page might send', async () => {
    const response = await fetch(`${base}/tyk/apis`, { headers: { ...fromTheApp, 'x-tyk-authorization': 'wrong' } });
    expect(response.status).toBe(200);
  });

  it('is the guarded proxy of the production server: another site is refused before the gateway hears of it', async () => {
    const before = seen.length;
    const response = await fetch(`${base}/tyk/apis/orders`, { method: 'DELETE', headers: { ...fromTheApp, origin: 'http://evil.example' } });
    expect(response.status).toBe(403);
    expect(response.headers.get('x-plugin-studio-proxy')).toBe('refused');
    expect(seen.length).toBe(before);
  });

  it('never puts the secret in what the page loads', async () => {
    const html = await (await fetch(`${base}/`)).text();
    // In dev, Vite hands the page its `define` globals through /@vite/env.
    const defines = await (await fetch(`${base}/@vite/env`)).text();
    const connection = await (await fetch(`${base}/src/gateway/connection.ts`)).text();
    expect(html).not.toContain(secret);
    expect(connection).not.toContain(secret);
    expect(defines).not.toContain(secret);
    expect(defines).toContain(process.env.TYK_GATEWAY_URL);
  });
});
