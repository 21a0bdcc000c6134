import type { Page } from '@playwright/test';
import { test, expect, openApiList } from './fixtures';

async function openApi(page: Page, id: string, name: string) {
  await openApiList(page);
  await page.locator(`a[href="/apis/${id}"]`).first().click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 30_000 });
}

async function pushWith(page: Page) {
  await page.getByRole('button', { name: 'Review and push' }).click();
  const dialog = page.getByRole('dialog', { name: /Review and push/ });
  await dialog.getByRole('button', { name: 'Push and reload' }).click();
  await expect(dialog.getByText(/reloaded and serves your change/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
}

async function toggleConfigData(page: Page, pass: boolean) {
  await page.getByRole('navigation', { name: 'Workspace views' }).getByRole('link', { name: 'Plugin settings' }).click();
  const settings = page.getByRole('region', { name: 'Plugin settings' });
  const box = settings.getByLabel('Pass config data to plugins');
  if (pass) await box.check();
  else await box.uncheck();
  await settings.getByRole('button', { name: 'Apply settings' }).click();
}

test.describe('history of pushes', () => {
  test.describe.configure({ timeout: 120_000 });

  test('each push is kept with what changed; any two versions diff; restore goes through review', async ({ page }) => {
    await openApi(page, 'payments', 'Payments API');
    await toggleConfigData(page, false);
    await pushWith(page);

    await page.getByRole('navigation', { name: 'Workspace views' }).getByRole('link', { name: 'History' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /History of payments/ })).toBeVisible();
    const versions = page.getByRole('list', { name: 'Versions, newest first' });
    await expect(versions.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) })).toHaveCount(2);
    const newest = versions.locator(':scope > li').first();
    await expect(newest).toContainText('Pushed');
    await expect(newest).toContainText('Config data: no longer passed to plugins');
    await expect(newest).toContainText('Served now');

    const diff = page.getByRole('table', { name: /side by side/ });
    await expect(diff.locator('tr[data-kind="changed"]').filter({ hasText: 'config_data_disabled' })).toHaveCount(1);

    // Back to the version before the push: the review shows the change, and the push makes it served again.
    const oldest = versions.locator(':scope > li').last();
    await oldest.getByRole('button', { name: 'Restore this version' }).click();
    const dialog = page.getByRole('dialog', { name: /Review and push/ });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('list', { name: 'What the push changes' })).toContainText('$.config_data_disabled');
    await dialog.getByRole('button', { name: 'Push and reload' }).click();
    await expect(dialog.getByText(/reloaded and serves your change/)).toBeVisible();
    await dialog.getByRole('button', { name: 'Done' }).click();

    await page.goto('/history/payments');
    await expect(versions.locator(':scope > li')).toHaveCount(3);
    await expect(versions.locator(':scope > li').first()).toContainText('Served now');
  });

  test('an API deleted from the gateway is restored from its last version', async ({ page }) => {
    await openApi(page, 'public-catalogue', 'Public Catalogue');
    await page.getByRole('button', { name: 'Delete…' }).click();
    const dialog = page.getByRole('dialog', { name: /Delete/ });
    await dialog.getByRole('button', { name: 'Delete from the gateway' }).click();
    await expect(dialog.getByText(/no longer serve/)).toBeVisible();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(page).toHaveURL(/\/drafts$/);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
    const row = page.getByRole('listitem').filter({ hasText: 'public-catalogue' });
    await expect(row).toContainText('Not on the gateway');
    await row.getByRole('link', { name: 'public-catalogue' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'no longer has this API' })).toBeVisible();
    const versions = page.getByRole('list', { name: 'Versions, newest first' });
    await expect(versions.locator(':scope > li').first()).toContainText('Deleted');
    await versions.locator(':scope > li').nth(1).getByRole('button', { name: 'Restore this version' }).click();
    const review = page.getByRole('dialog', { name: /Review and push/ });
    await review.getByRole('button', { name: /Push and reload|Create and reload/ }).click();
    await expect(review.getByText(/reloaded and serves/)).toBeVisible();
  });
});
