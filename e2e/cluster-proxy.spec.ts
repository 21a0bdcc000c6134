import { spawn, type ChildProcess } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { createServer } from '../server/app.mjs';
import { allowedHostsFrom } from '../server/gateway-guard.mjs';
import { test, expect } from './fixtures';
import { appPort } from './ports';

/**
 * A cluster of two loopback gateway doubles (e2e/gateway-double, each with its own files, a group reload
 * passed between them) named in a gateways file behind the app's proxy. The second node's entry has the
 * wrong secret: the push must say so for that node, in the words of the gateways file, and never show a
 * secret to the page.
 */
const SECRET = 'node-secret-83d1';
const WRONG = 'stale-secret-0b7e';
const ports = [appPort + 310, appPort + 311];
const doubles: ChildProcess[] = [];
let server: FastifyInstance;
let appUrl: string;

async function waitFor(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await fetch(url).then((response) => response.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not start`);
}

test.beforeAll(async () => {
  for (const [index, port] of ports.entries()) {
    const peer = `http://127.0.0.1:${ports[1 - index]}`;
    // A process group of its own, so stopping it stops tsx's child too (nothing left on the port for the next run).
    doubles.push(spawn('npx', ['tsx', 'e2e/gateway-double/server.ts'], { env: { ...process.env, PORT: String(port), SECRET, PEERS: peer }, stdio: 'ignore', detached: true }));
  }
  await Promise.all(ports.map((port) => waitFor(`http://127.0.0.1:${port}/__double/log`)));
  // Seeded afresh, whatever an earlier run left.
  await Promise.all(ports.map((port) => fetch(`http://127.0.0.1:${port}/__double/reset`, { method: 'POST' })));
  server = await createServer({
    distDir: `dist-e2e-${appPort}`,
    gatewayUrl: '',
    gatewaySecret: '',
    gateways: [
      { name: 'edge-a', url: `http://127.0.0.1:${ports[0]}`, secret: SECRET, group: 'edge' },
      { name: 'edge-b', url: `http://127.0.0.1:${ports[1]}`, secret: WRONG, group: 'edge' },
    ],
    allowedHosts: allowedHostsFrom(undefined),
  });
  await server.listen({ host: '127.0.0.1', port: 0 });
  appUrl = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  await server?.close();
  for (const double of doubles) if (double.pid) process.kill(-double.pid);
});

test('a cluster push through the proxy: one node with a wrong secret is said per node, with the file entry to fix', async ({ page, consoleErrors }) => {
  test.setTimeout(120_000);
  await page.goto(appUrl);
  await expect(page.getByTestId('connection')).toContainText('edge · 2 nodes');
  await page.locator('a[href="/apis/billing"]').first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Billing' })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('navigation', { name: 'Workspace views' }).getByRole('link', { name: 'Plugin settings' }).click();
  const settings = page.getByRole('region', { name: 'Plugin settings' });
  await settings.getByLabel('Pass config data to plugins').setChecked(false);
  await settings.getByRole('button', { name: 'Apply settings' }).click();
  await page.getByRole('button', { name: 'Review and push' }).click();
  const dialog = page.getByRole('dialog', { name: /Review and push/ });
  await expect(dialog.getByText('Writes to each of the 2 nodes (edge-a, edge-b), then reloads the group')).toBeVisible();
  // A stock gateway profile has JSVM off: Billing's otto hook is a finding to confirm before pushing.
  await dialog.getByRole('checkbox', { name: /^Push anyway: / }).check();
  await dialog.getByRole('button', { name: 'Push and reload' }).click();

  const nodes = dialog.getByRole('table', { name: 'Each node’s answer' });
  await expect(nodes.getByRole('row', { name: /edge-a/ })).toContainText('serves your change', { timeout: 30_000 });
  const b = nodes.getByRole('row', { name: /edge-b/ });
  await expect(b).toContainText('refused');
  await expect(b).toContainText('Check the secret (or the variable its secretFromEnv names) of the entry "edge-b" in the gateways file');
  await expect(dialog.getByRole('alert')).toContainText('1 of 2 nodes serve your change');
  const html = await page.content();
  expect(html).not.toContain(SECRET);
  expect(html).not.toContain(WRONG);
  // The node that refused answered 403; Chromium logs each of those calls.
  const others = consoleErrors.filter((text) => !/status of 403/.test(text));
  consoleErrors.splice(0, consoleErrors.length, ...others);
});
