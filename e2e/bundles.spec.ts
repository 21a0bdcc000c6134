import type { Page } from '@playwright/test';
import { test, expect, openApiList } from './fixtures';
import { customerProfilesBundle } from './bundle-zip';

/** Customer Profiles loads customer-profiles-v3.zip (custom_middleware_bundle): its hooks come from the bundle. */
async function openCustomerProfiles(page: Page) {
  await openApiList(page);
  await page.getByRole('link', { name: 'Customer Profiles' }).click();
  await expect(page.getByRole('region', { name: 'Pipeline' })).toBeVisible();
}

test('an API that loads a bundle: its hooks are said to come from it until it is opened, then its manifest’s hooks run', async ({ page }) => {
  await openCustomerProfiles(page);
  const pipeline = page.getByRole('region', { name: 'Pipeline' });
  const pre = pipeline.getByTestId('hook-pre');
  await expect(pre).toContainText('the hooks come from customer-profiles-v3.zip: open it to see its hooks');
  await expect(pre).toContainText('replaced by the hooks of customer-profiles-v3.zip: it never runs');
  await expect(pipeline.getByRole('heading', { name: /Request chain/ })).toContainText('driver and hooks: from customer-profiles-v3.zip');
  // The custom auth plugin comes from the bundle: no guess that the API falls back to token auth.
  await expect(pipeline.getByTestId('hook-auth')).toContainText('the auth function comes from customer-profiles-v3.zip');
  await expect(pipeline).not.toContainText('falls back to token auth');

  // "Open it in the Code tab", then Import bundle.
  await pre.getByRole('link', { name: 'Open customer-profiles-v3.zip in the Code tab' }).click();
  await expect(page.getByRole('region', { name: 'Code' })).toBeVisible();
  await page.getByLabel('Import bundle').setInputFiles({ name: 'customer-profiles-v3.zip', mimeType: 'application/zip', buffer: customerProfilesBundle() });
  await expect(page.getByRole('status').filter({ hasText: 'the hooks of customer-profiles-v3.zip' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Workspace views' }).getByRole('link', { name: 'Pipeline', exact: true }).click();
  const preList = page.getByRole('list', { name: 'Pre functions, in the order they run' });
  await expect(preList.locator('[data-function]')).toHaveText([/RejectOversizedAvatars/, /ScrubHeaders/]);
  await expect(pipeline.getByTestId('hook-pre')).toContainText('Loaded from customer-profiles-v3.zip');
  await expect(pipeline.getByTestId('hook-pre')).not.toContainText('never runs');
  await expect(pipeline.getByTestId('bundle-unread')).toHaveCount(0);
  await expect(pipeline.getByRole('heading', { name: /Request chain/ })).toContainText('driver: python (from customer-profiles-v3.zip)');
});
