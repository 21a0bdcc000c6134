import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicGatewaysJson } from '../scripts/vite-gateway-proxy';
import { createServer } from './app.mjs';
import { allowedHostsFrom } from './gateway-guard.mjs';
import { gatewaysFrom, readGatewaysFile } from './gateways-config.mjs';
import { startGatewayDouble, type GatewayDouble } from './testing/gateway-double';
import { writeFakeDist } from './testing/fake-dist';

const DEV_SECRET = 'dev-secret-in-file-5e1d';
const PROD_SECRET = 'prod-secret-from-env-77aa';
const EDGE_SECRET = 'edge-secret-from-env-0c3f';
const SECRETS = [DEV_SECRET, PROD_SECRET, EDGE_SECRET];
const app = { 'x-plugin-studio-request': '1', 'sec-fetch-site': 'same-origin' };

/** Every response's status line, headers and body as one text, to look for a secret in. */
async function everything(response: Response): Promise<string> {
  return `${response.status}\n${[...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n')}\n${await response.text()}`;
}

describe('named gateways from a gateways file (PLUGIN_STUDIO_GATEWAYS)', () => {
  let dev: GatewayDouble;
  let edge: GatewayDouble;
  let server: FastifyInstance;
  let base: string;
  let file: string;
  const env = { TYK_PROD_SECRET: PROD_SECRET, TYK_EDGE_SECRET: EDGE_SECRET };

  beforeAll(async () => {
    dev = await startGatewayDouble(DEV_SECRET);
    edge = await startGatewayDouble(EDGE_SECRET);
    file = join(mkdtempSync(join(tmpdir(), 'gateways-')), 'gateways.json');
    writeFileSync(
      file,
      JSON.stringify({
        gateways: [
          // A URL with a user and password in it: the page must see neither.
          { name: 'dev', url: dev.url.replace('http://', `http://ops:${DEV_SECRET}@`), secret: DEV_SECRET },
          // Nothing listens here: the proxy's own error answer must not name the secret either.
          { name: 'prod', url: 'http://127.0.0.1:9', secretFromEnv: 'TYK_PROD_SECRET' },
          { name: 'edge-a', url: edge.url, secretFromEnv: 'TYK_EDGE_SECRET', group: 'edge' },
          { name: 'edge-b', url: `${edge.url}/?token=${EDGE_SECRET}`, secretFromEnv: 'TYK_EDGE_SECRET', group: 'edge' },
        ],
      }),
    );
    const { gateways } = readGatewaysFile(file, env);
    server = await createServer({ distDir: writeFakeDist(), gatewayUrl: '', gatewaySecret: '', gateways, allowedHosts: allowedHostsFrom(undefined), gatewayTimeoutMs: 300 });
    await server.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await server?.close();
    await dev?.stop();
    await edge?.stop();
  });

  it('sends each call to its gateway with that gateway’s own secret', async () => {
    expect((await fetch(`${base}/gw/dev/tyk/apis`, { headers: app })).status).toBe(200);
    expect(dev.seen.at(-1)?.headers['x-tyk-authorization']).toBe(DEV_SECRET);
    expect((await fetch(`${base}/gw/edge-b/tyk/apis`, { headers: app })).status).toBe(200);
    expect(edge.seen.at(-1)?.headers['x-tyk-authorization']).toBe(EDGE_SECRET);
  });

  it('no secret from the file reaches any answer to the browser: page, list, calls, refusals, failures', async () => {
    const calls: [string, RequestInit][] = [
      ['/', {}],
      ['/apis/orders', {}],
      ['/gw', { headers: app }],
      ['/gw/dev/tyk/apis', { headers: app }],
      ['/gw/dev/tyk/apis/missing', { headers: app }],
      ['/gw/edge-a/tyk/reload/group', { headers: app }],
      ['/gw/prod/tyk/apis', { headers: app }],
      ['/gw/nowhere/tyk/apis', { headers: app }],
      ['/gw/dev/not-tyk', { headers: app }],
      ['/gw/dev/tyk/apis', { method: 'DELETE', headers: { ...app, 'sec-fetch-site': 'cross-site', origin: 'http://evil.example' } }],
      ['/gw', { method: 'POST', headers: { ...app, 'content-type': 'application/json' }, body: '{}' }],
    ];
    for (const [path, init] of calls) {
      const text = await everything(await fetch(base + path, init));
      for (const secret of SECRETS) expect(text, `${path} leaks a secret`).not.toContain(secret);
    }
  });

  it('the page learns names, URLs without credentials, and groups', async () => {
    const list = (await (await fetch(`${base}/gw`, { headers: app })).json()) as { gateways: { name: string; url: string; group?: string }[] };
    expect(list.gateways.map((gateway) => gateway.name)).toEqual(['dev', 'prod', 'edge-a', 'edge-b']);
    expect(list.gateways[0]?.url).toBe(dev.url);
    expect(list.gateways[2]).toMatchObject({ group: 'edge' });
    const page = await (await fetch(`${base}/`)).text();
    expect(page).toContain('name="plugin-studio-gateways"');
  });

  it('the dev and preview servers’ build-time list holds no secret', () => {
    const text = publicGatewaysJson({ PLUGIN_STUDIO_GATEWAYS: file, ...env });
    expect(JSON.parse(text)).toHaveLength(4);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
  });

  it('an unknown name is a 404 that names the known ones', async () => {
    const response = await fetch(`${base}/gw/staging/tyk/apis`, { headers: app });
    expect(response.status).toBe(404);
    expect(response.headers.get('x-plugin-studio-proxy')).toBe('unknown-gateway');
    expect((await response.json()).message).toMatch(/names no gateway "staging"; it names dev, prod, edge-a, edge-b/);
  });
});

describe('the gateways file is checked at start-up', () => {
  it('a malformed entry stops the server with the path and reason, never the value', () => {
    expect(() => gatewaysFrom({ gateways: [{ name: 'a b', url: 'ftp://x', secret: DEV_SECRET }] }, {}, 'g.json')).toThrow(/gateways\.0\.name/);
    try {
      gatewaysFrom({ gateways: [{ name: 'dev', url: 'http://x', secret: DEV_SECRET, extra: DEV_SECRET }] }, {}, 'g.json');
    } catch (error) {
      expect(String(error)).not.toContain(DEV_SECRET);
    }
  });

  it('refuses a name used twice, both kinds of secret, and warns of a secret variable not set', () => {
    expect(() => gatewaysFrom({ gateways: [{ name: 'a', url: 'http://x' }, { name: 'a', url: 'http://y' }] }, {}, 'g.json')).toThrow(/named twice/);
    expect(() => gatewaysFrom({ gateways: [{ name: 'a', url: 'http://x', secret: 's', secretFromEnv: 'S' }] }, {}, 'g.json')).toThrow(/not both/);
    const { warnings } = gatewaysFrom({ gateways: [{ name: 'a', url: 'http://x', secretFromEnv: 'NOT_SET' }] }, {}, 'g.json');
    expect(warnings.join()).toMatch(/NOT_SET is not set/);
  });
});
