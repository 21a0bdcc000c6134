import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { gatewayDoublePort } from '../ports';

/**
 * Pushes through the dev server's proxy to a gateway that behaves like a real one (e2e/gateway-double):
 * writes are served only after a reload, the copy served is normalised its own way, and a group reload
 * lands a moment later. A push, a reload and the next push must raise no false conflict; a change made by
 * someone else still must.
 */
const double = `http://127.0.0.1:${gatewayDoublePort}`;

async function openApi(page: Page, id: string, name: string) {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'APIs' })).toBeVisible({ timeout: 60_000 });
  await page.locator(`a[href="/apis/${id}"]`).first().click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 60_000 });
}

async function setPassConfigData(page: Page, on: boolean) {
  await page.getByRole('navigation', { name: 'Workspace views' }).getByRole('link', { name: 'Plugin settings' }).click();
  const settings = page.getByRole('region', { name: 'Plugin settings' });
  await settings.getByLabel('Pass config data to plugins').setChecked(on);
  await settings.getByRole('button', { name: 'Apply settings' }).click();
  await expect(page.getByTestId('draft-status')).toContainText('changes not pushed');
}

async function push(page: Page, target: 'This node' | 'Every node of its group') {
  await page.getByRole('button', { name: 'Review and push' }).click();
  const dialog = page.getByRole('dialog', { name: /Review and push/ });
  await expect(dialog.getByRole('list', { name: 'What the push changes' })).toBeVisible();
  await expect(dialog.getByText(/changed since you started editing/)).toHaveCount(0);
  // A stock gateway profile has JSVM off: Billing's otto hook is a finding to confirm before pushing.
  for (const box of await dialog.getByRole('list', { name: 'What stops the push' }).getByRole('checkbox').all()) await box.check();
  await dialog.getByRole('radio', { name: target }).check();
  await dialog.getByRole('button', { name: 'Push and reload' }).click();
  await expect(dialog.getByText(/reloaded and serves your change/)).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByTestId('draft-status')).toContainText('Same as the gateway');
}

async function gatewayLog(request: APIRequestContext): Promise<string[]> {
  return (await (await request.get(`${double}/__double/log`)).json()) as string[];
}

test.describe('pushing to a real gateway behind the proxy', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });
  test.beforeEach(async ({ request }) => {
    await request.post(`${double}/__double/reset`);
  });

  test('push, reload, push again, reload the group: no false conflict, and the gateway serves each change', async ({ page, request }) => {
    await openApi(page, 'billing', 'Billing');
    await expect(page.getByText('http://127.0.0.1:' + String(gatewayDoublePort))).toBeVisible();
    await setPassConfigData(page, false);
    await push(page, 'This node');
    await setPassConfigData(page, true);
    await push(page, 'Every node of its group');

    // A fresh page opens the gateway's normalised copy, which is the draft's base: nothing to push.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Billing' })).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('draft-status')).toContainText('Same as the gateway');

    const log = await gatewayLog(request);
    expect(log.filter((line) => line === 'PUT /tyk/apis/billing')).toHaveLength(2);
    expect(log).toContain('GET /tyk/reload?block=true');
    expect(log).toContain('GET /tyk/reload/group');
  });

  test('an OAS API: its own servers entry is no change; a change someone else made is a conflict', async ({ page, request }) => {
    await openApi(page, 'catalog', 'Catalog');
    await setPassConfigData(page, true);
    await push(page, 'This node');
    await setPassConfigData(page, false);
    await push(page, 'This node');

    await setPassConfigData(page, true);
    await request.post(`${double}/__double/change/catalog`);
    await page.getByRole('button', { name: 'Review and push' }).click();
    const dialog = page.getByRole('dialog', { name: /Review and push/ });
    await expect(dialog.getByText(/The gateway’s copy changed since you started editing/)).toBeVisible();
    await expect(dialog.getByRole('list', { name: 'They changed' })).toContainText('$.info.description');
  });
});
