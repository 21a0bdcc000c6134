import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every test starts from the seeded embedded gateway: the page's gateway state lives in localStorage, and
 * each test gets a fresh browser context, so nothing leaks between tests. Console errors fail the test:
 * a page that logs errors is broken even when it looks fine.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        // A gateway answering 4xx/5xx is a case the app handles and shows; Chromium logs it all the same.
        if (msg.type() === 'error' && !/Failed to load resource: the server responded/.test(msg.text())) {
          errors.push(msg.text());
        }
      });
      page.on('pageerror', (err) => errors.push(err.message));
      await use(errors);
      expect(errors, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the app and waits for the embedded gateway's API list. */
export async function openApiList(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'APIs' })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
}

/**
 * Describes the gateway as a stock release build (every tyk.conf switch off) through the header's profile
 * dialog: the embedded gateway's own profile has every plugin kind on, so its APIs raise no profile errors.
 */
export async function chooseStockReleaseProfile(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Gateway profile/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Gateway profile' });
  await dialog.getByRole('button', { name: 'Stock release' }).click();
  await dialog.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('button', { name: /Gateway profile: stock release/ })).toBeVisible();
}

/** Opens an API from the list by a click (client-side: the embedded gateway keeps running). */
export async function openApi(page: Page, id: string, name: string): Promise<void> {
  await openApiList(page);
  await page.locator(`a[href="/apis/${id}"]`).first().click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 30_000 });
}
