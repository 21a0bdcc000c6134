import type { Page } from '@playwright/test';
import { test, expect, openApi, chooseStockReleaseProfile } from './fixtures';

async function toggleConfigData(page: Page) {
  await page.getByRole('navigation', { name: 'Workspace views' }).getByRole('link', { name: 'Plugin settings' }).click();
  const settings = page.getByRole('region', { name: 'Plugin settings' });
  const box = settings.getByLabel('Pass config data to plugins');
  await box.setChecked(!(await box.isChecked()));
  await settings.getByRole('button', { name: 'Apply settings' }).click();
  await expect(page.getByTestId('draft-status')).toContainText('changes not pushed');
}

test.describe('review and push that can be trusted, and a list that shows where everything stands', () => {
  test.describe.configure({ timeout: 120_000 });

  test('the review says the push in words, and holds what the gateway would not load until it is confirmed by name', async ({ page }) => {
    await openApi(page, 'customer-profiles', 'Customer Profiles');
    // On a stock release gateway (no bundle downloader) this API is not loaded at all.
    await chooseStockReleaseProfile(page);
    await toggleConfigData(page);
    await page.getByRole('button', { name: 'Review and push' }).click();
    const dialog = page.getByRole('dialog', { name: /Review and push/ });
    await expect(dialog.getByRole('list', { name: 'The push, in words' })).toContainText('Config data:');
    const blockers = dialog.getByRole('list', { name: 'What stops the push' });
    await expect(blockers).toContainText('no bundle downloader');
    const push = dialog.getByRole('button', { name: 'Push and reload' });
    await expect(push).toBeDisabled();
    await blockers.getByRole('checkbox', { name: /Push anyway: The API loads a plugin bundle/ }).check();
    await expect(push).toBeEnabled();
    await push.click();
    await expect(dialog.getByText(/This node reloaded and serves your change/)).toBeVisible();
  });

  test('the bundle in review: where the gateway fetches it, what the Code tab builds, and a function no file defines', async ({ page }) => {
    await openApi(page, 'customer-profiles', 'Customer Profiles');
    await page.getByRole('navigation', { name: 'Workspace views' }).getByRole('link', { name: 'Code' }).click();
    await page.getByRole('button', { name: 'New function…' }).click();
    const form = page.getByRole('form', { name: 'New function' });
    await form.getByLabel('Hook').selectOption('pre');
    await form.getByLabel('Function name').fill('RejectOversizedAvatars');
    await form.getByRole('button', { name: 'Create function' }).click();
    await expect(page.locator('.monaco-editor .view-lines').first()).toContainText('def RejectOversizedAvatars', { timeout: 120_000 });

    await page.getByRole('button', { name: 'Review and push' }).click();
    const dialog = page.getByRole('dialog', { name: /Review and push/ });
    const bundle = dialog.getByRole('region', { name: 'The bundle it loads' });
    await expect(bundle).toContainText('customer-profiles-v3.zip');
    await expect(bundle).toContainText(/Built from the Code tab: middleware\.py; checksum [0-9a-f]{32}/);
    await expect(bundle).toContainText('RedactEmails (Response) — no file defines it');
    await expect(dialog.getByRole('list', { name: 'What stops the push' })).toContainText('names ValidatePartnerToken, which none of the bundle');
    const downloading = page.waitForEvent('download');
    await bundle.getByRole('button', { name: 'Download the bundle' }).click();
    expect((await downloading).suggestedFilename()).toBe('customer-profiles-v3.zip');
    await expect(bundle.getByRole('status')).toContainText('Warning: its manifest names');
  });

  test('the list marks unpushed changes, drafts only in this browser and errors on this gateway, and filters on them', async ({ page }) => {
    await openApi(page, 'payments', 'Payments API');
    await toggleConfigData(page);
    await page.getByRole('button', { name: 'New API…' }).click();
    const create = page.getByRole('dialog', { name: 'New API' });
    await create.getByLabel('Name').fill('Loyalty Points');
    await create.getByLabel('Listen path').fill('/loyalty/');
    await create.getByLabel('Upstream URL').fill('http://loyalty.internal');
    await create.getByRole('button', { name: 'Create API' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Loyalty Points' })).toBeVisible();

    await page.getByRole('link', { name: /^Plugin Studio/ }).click();
    // The embedded gateway's own profile runs every plugin kind its APIs use: once every row is checked, none has an error.
    await page.getByRole('combobox', { name: 'State' }).selectOption('errors');
    await expect(page.getByText('No API matches this search.')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('status').filter({ hasText: 'so far' })).toHaveCount(0);
    await page.getByRole('combobox', { name: 'State' }).selectOption('any');
    // Described as a stock release build, the gateway would not run Legacy Inventory's otto plugins.
    await chooseStockReleaseProfile(page);
    const table = page.getByRole('table', { name: 'APIs on this gateway' });
    const row = (name: string) => table.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
    await expect(row('Payments API').getByTestId('mark-unpushed')).toBeVisible();
    await expect(row('Loyalty Points').getByTestId('mark-draft-only')).toBeVisible();
    await expect(row('Legacy Inventory').getByTestId('mark-errors')).toBeVisible({ timeout: 20_000 });
    await page.getByRole('combobox', { name: 'State' }).selectOption('unpushed');
    await expect(table.getByRole('link')).toHaveText(['Payments API']);
  });

  test('undo survives a reload of the page', async ({ page }) => {
    await openApi(page, 'payments', 'Payments API');
    await toggleConfigData(page);
    const box = page.getByRole('region', { name: 'Plugin settings' }).getByLabel('Pass config data to plugins');
    const edited = await box.isChecked();
    await page.waitForTimeout(1_500);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Payments API' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('draft-status')).toContainText('changes not pushed');
    await page.getByRole('button', { name: /Undo/ }).click();
    await expect(page.getByTestId('draft-status')).toContainText('Same as the gateway');
    await expect(page.getByRole('region', { name: 'Plugin settings' }).getByLabel('Pass config data to plugins')).toBeChecked({ checked: !edited });
  });
});
