import { test, expect, openApiList } from './fixtures';
import { customerProfilesBundle } from './bundle-zip';

const AUTH_FALLBACK = '[data-finding="auth-falls-back-to-token"], [data-findings~="auth-falls-back-to-token"]';

test('python hooks on a gateway with co-process off are flagged, and switching the profile clears it', async ({ page }) => {
  await openApiList(page);
  await page.getByRole('link', { name: 'Customer Profiles' }).click();
  // Its hooks come from its bundle: open it (Code tab, Import bundle) so they are the ones judged.
  await page.getByRole('navigation', { name: 'Workspace views' }).getByRole('link', { name: 'Code', exact: true }).click();
  await page.getByLabel('Import bundle').setInputFiles({ name: 'customer-profiles-v3.zip', mimeType: 'application/zip', buffer: customerProfilesBundle() });
  await expect(page.getByRole('status').filter({ hasText: 'the hooks of customer-profiles-v3.zip' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Workspace views' }).getByRole('link', { name: 'Pipeline', exact: true }).click();
  const pipeline = page.getByRole('region', { name: 'Pipeline' });
  await expect(pipeline).toBeVisible();

  // The embedded gateway's own set-up is the profile until another is chosen: its python hooks run.
  await expect(page.getByRole('button', { name: /Gateway profile: embedded gateway/ })).toBeVisible();
  await expect(pipeline.locator('[data-finding="coprocess-disabled"]')).toHaveCount(0);

  // A stock release gateway: enable_coprocess is off, so the python hooks are dropped, and the custom
  // auth plugin, the only auth method, silently becomes token auth.
  await page.getByRole('button', { name: /Gateway profile/ }).click();
  const stockDialog = page.getByRole('dialog', { name: 'Gateway profile' });
  await stockDialog.getByRole('button', { name: 'Stock release' }).click();
  await stockDialog.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('button', { name: /Gateway profile: stock release/ })).toBeVisible();
  const dropped = pipeline.locator('[data-finding="coprocess-disabled"]').first();
  await expect(dropped).toBeVisible();
  await expect(dropped).toContainText(/enable_coprocess/);
  // On a function's card the finding is counted; its inspector says it in full.
  await expect(pipeline.locator(AUTH_FALLBACK).first()).toBeVisible();

  await page.getByRole('button', { name: /Gateway profile/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Gateway profile' });
  await dialog.getByLabel('Or paste the gateway').fill(
    JSON.stringify({
      coprocess_options: { enable_coprocess: true },
      enable_bundle_downloader: true,
      bundle_base_url: 'https://bundles.internal/',
    }),
  );
  await dialog.getByRole('button', { name: 'Read tyk.conf' }).click();
  await expect(dialog.getByRole('checkbox', { name: /enable_coprocess/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Save profile' }).click();

  await expect(page.getByRole('button', { name: /Gateway profile: custom/ })).toBeVisible();
  await expect(pipeline.locator('[data-finding="coprocess-disabled"]')).toHaveCount(0);
  await expect(pipeline.locator(AUTH_FALLBACK)).toHaveCount(0);

  // The profile belongs to this gateway connection and survives a reload.
  await page.reload();
  await expect(page.getByRole('button', { name: /Gateway profile: custom/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Pipeline' }).locator('[data-finding="coprocess-disabled"]')).toHaveCount(0);
});
