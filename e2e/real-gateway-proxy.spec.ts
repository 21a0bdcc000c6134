import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { createServer } from '../server/app.mjs';
import { allowedHostsFrom } from '../server/gateway-guard.mjs';
import { startGatewayDouble, type GatewayDouble } from '../server/testing/gateway-double';
import { test, expect } from './fixtures';
import { appPort } from './ports';

/**
 * The built app behind `npm run serve` in front of a test gateway on loopback that misbehaves: what the
 * user reads when the gateway is stopped, drops the connection, or is a web server's 404 page.
 */
const secret = 'e2e-proxy-secret-5d1e';
let gateway: GatewayDouble;
let server: FastifyInstance;
let appUrl: string;

test.beforeAll(async () => {
  gateway = await startGatewayDouble(secret);
  server = await createServer({
    distDir: `dist-e2e-${appPort}`,
    gatewayUrl: gateway.url,
    gatewaySecret: secret,
    allowedHosts: allowedHostsFrom(undefined),
  });
  await server.listen({ host: '127.0.0.1', port: 0 });
  appUrl = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  await server?.close();
  await gateway?.stop();
});
test.beforeEach(() => gateway.setMood('tyk'));

test.describe.configure({ mode: 'serial' });

/** Chromium logs each call the gateway failed; those failures are what these tests are about. */
function ignoreGatewayFailures(consoleErrors: string[]) {
  const others = consoleErrors.filter((text) => !/Failed to load resource: the server responded with a status of (502|504|404)/.test(text));
  consoleErrors.splice(0, consoleErrors.length, ...others);
}

test('the app talks to the gateway through the proxy, which adds the secret and never shows it', async ({ page }) => {
  await page.goto(appUrl);
  await expect(page.getByText('This gateway has no APIs yet.')).toBeVisible();
  const listCall = gateway.seen.find((call) => call.url === '/tyk/apis');
  expect(listCall?.headers['x-tyk-authorization']).toBe(secret);
  expect(await page.content()).not.toContain(secret);
});

test('a gateway that drops the connection: "is the gateway running?", not a server error', async ({ page, consoleErrors }) => {
  gateway.setMood('reset');
  await page.goto(appUrl);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('closed the connection before answering', { timeout: 30_000 });
  await expect(alert).toContainText('Is it running? Check TYK_GATEWAY_URL');
  await expect(alert).not.toContainText('logs');
  ignoreGatewayFailures(consoleErrors);
});

test("a web page's 404 points at the URL, not at a deleted API", async ({ page, consoleErrors }) => {
  gateway.setMood('html-404');
  await page.goto(`${appUrl}/apis/orders`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('A web page answered', { timeout: 30_000 });
  await expect(alert).toContainText('is TYK_GATEWAY_URL the gateway itself');
  await expect(alert).not.toContainText('deleted');
  ignoreGatewayFailures(consoleErrors);
});

test('a stopped gateway: the list and Test connection both say it does not answer', async ({ page, consoleErrors }) => {
  await gateway.stop();
  await page.goto(`${appUrl}/settings`);
  await page.getByRole('button', { name: 'Test connection' }).click();
  const result = page.getByLabel('Connection test result');
  await expect(result).toContainText('The gateway does not answer.');
  await expect(result).toContainText('ECONNREFUSED');
  await page.goto(appUrl);
  await expect(page.getByRole('alert')).toContainText('Is it running? Check TYK_GATEWAY_URL', { timeout: 30_000 });
  ignoreGatewayFailures(consoleErrors);
});
