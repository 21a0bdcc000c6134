import type { Page } from '@playwright/test';
import { test, expect, openApiList } from './fixtures';

async function openSettings(page: Page) {
  await openApiList(page);
  await page.locator('a[href="/apis/payments"]').first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Payments API' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('navigation', { name: 'Workspace views' }).getByRole('link', { name: 'Plugin settings' }).click();
  return page.getByRole('region', { name: 'Plugin settings' });
}

async function setAnalyticsName(page: Page, name: string) {
  const settings = page.getByRole('region', { name: 'Plugin settings' });
  await settings.getByLabel('Function name').fill(name);
  await settings.getByRole('button', { name: 'Apply settings' }).click();
}

/**
 * Holds the draft store busy from a page, as a slow disk would: every write waits until `release`. Both
 * tabs' changes are then made before either is stored, the case a compare-and-set must catch.
 */
async function holdDraftStore(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('plugin-studio');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const objects = open.result.transaction('drafts', 'readwrite').objectStore('drafts');
          const state = { held: true };
          (window as unknown as { releaseDraftStore: () => void }).releaseDraftStore = () => void (state.held = false);
          const keepBusy = () => {
            if (state.held) objects.count().onsuccess = keepBusy;
          };
          keepBusy();
          resolve();
        };
      }),
  );
}

test.describe('one API open in two tabs', () => {
  test.describe.configure({ timeout: 120_000 });

  test('a change applied in one tab reaches the other at once, and the other builds on it', async ({ context }) => {
    const first = await context.newPage();
    const second = await context.newPage();
    await openSettings(first);
    const secondSettings = await openSettings(second);

    await setAnalyticsName(first, 'FromFirstTab');
    await expect(secondSettings.getByLabel('Function name')).toHaveValue('FromFirstTab');
    await expect(second.getByTestId('draft-status')).toContainText('updated with changes saved in another tab');

    await setAnalyticsName(second, 'FromSecondTab');
    await expect(first.getByRole('region', { name: 'Plugin settings' }).getByLabel('Function name')).toHaveValue('FromSecondTab');
    await expect(first.getByRole('alert')).toHaveCount(0);
  });

  test('changes made in both before either was stored: the later tab is asked, and can merge both', async ({ context }) => {
    const first = await context.newPage();
    const second = await context.newPage();
    const firstSettings = await openSettings(first);
    const secondSettings = await openSettings(second);

    await holdDraftStore(first);
    await setAnalyticsName(first, 'FromFirstTab');
    await expect(first.getByTestId('draft-status')).toContainText('saving in this browser');
    await secondSettings.getByLabel('Pass config data to plugins').uncheck();
    await secondSettings.getByRole('button', { name: 'Apply settings' }).click();
    await first.evaluate(() => (window as unknown as { releaseDraftStore: () => void }).releaseDraftStore());

    const conflict = second.getByRole('alert').filter({ hasText: 'This API was changed in another tab too' });
    await expect(conflict).toBeVisible();
    await expect(second.getByTestId('draft-status')).toContainText('not saved: changed in another tab too');
    await second.screenshot({ path: test.info().outputPath('two-tabs-conflict.png') });
    await conflict.getByRole('button', { name: 'Merge both tabs’ changes' }).click();
    await expect(conflict).toBeHidden();

    // Both changes are kept, and the first tab takes the merge.
    await expect(secondSettings.getByLabel('Function name')).toHaveValue('FromFirstTab');
    await expect(secondSettings.getByLabel('Pass config data to plugins')).not.toBeChecked();
    await expect(firstSettings.getByLabel('Pass config data to plugins')).not.toBeChecked();
    await expect(firstSettings.getByLabel('Function name')).toHaveValue('FromFirstTab');
  });
});

test('a reload right after an edit keeps it, and "saved" is said only once it is', async ({ page }) => {
  const settings = await openSettings(page);
  await settings.getByLabel('Function name').fill('RightBeforeReload');
  // Apply, and reload 50 ms later: well within the quarter second a save used to wait for.
  await settings.getByRole('button', { name: 'Apply settings' }).evaluate((button: HTMLButtonElement) => {
    button.click();
    setTimeout(() => location.reload(), 50);
  });
  await page.waitForURL('**/settings');
  await page.waitForLoadState('load');
  await expect(page.getByRole('region', { name: 'Plugin settings' }).getByLabel('Function name')).toHaveValue('RightBeforeReload', { timeout: 30_000 });
  await expect(page.getByTestId('draft-status')).toHaveText('Draft: changes not pushed to the gateway (saved in this browser)');
});

test('typing in a plugin file, then reloading at once, keeps what was typed', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/apis/legacy-inventory/code');
  await page.getByRole('button', { name: 'New function…' }).click();
  const form = page.getByRole('form', { name: 'New function' });
  await form.getByLabel('Hook').selectOption('pre');
  await form.getByLabel('Function name').fill('KeptOnReload');
  await form.getByRole('button', { name: 'Create function' }).click();
  const lines = page.locator('.monaco-editor .view-lines').first();
  await expect(lines).toContainText('var KeptOnReload', { timeout: 150_000 });
  await lines.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('// typed right before a reload\n');
  await expect(lines).toContainText('// typed right before a reload', { timeout: 5_000 });
  // Well inside the editor's typing pause: nothing has reached the draft yet.
  await page.evaluate(() => location.reload());
  await page.waitForLoadState('load');
  await expect(page.locator('.monaco-editor .view-lines').first()).toContainText('// typed right before a reload', { timeout: 150_000 });
});
