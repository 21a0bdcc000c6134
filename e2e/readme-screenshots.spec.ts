import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { openApi } from './pipeline-helpers';

/** Traces a request to GET /orders, so the diagram lights what it meets and dims what it skips. */
async function traceOrders(page: Page) {
  const toggle = page.getByRole('button', { name: 'Endpoint and trace' });
  if (await toggle.isVisible()) await toggle.click();
  await page.getByLabel('Method', { exact: true }).selectOption('GET');
  await page.getByLabel('Path under the listen path').fill('/orders');
  await page.getByRole('button', { name: 'Trace' }).click();
  await expect(page.getByTestId('flow-diagram')).toHaveAttribute('data-tracing', '');
  // The toast would sit over the diagram in a still picture.
  await page.mouse.move(0, 0);
}

// The README's pictures of the Pipeline tab, taken from the app as these tests drive it.
test.describe('README screenshots of the pipeline', () => {
  test.describe.configure({ timeout: 120_000 });

  test('a traced request on a wide window, light', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 1000 });
    await page.emulateMedia({ colorScheme: 'light' });
    await openApi(page, 'orders');
    await traceOrders(page);
    await page.screenshot({ path: 'docs/pipeline-trace.png' });
  });

  test('the flow diagram on a wide window, dark', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 1000 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await openApi(page, 'payments');
    await page.getByRole('button', { name: /^AddCorrelationID, Pre position/ }).click();
    await expect(page.getByTestId('inspector')).toBeVisible();
    await page.screenshot({ path: 'docs/pipeline-dark.png' });
  });

  test('the vertical flow on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: 'light' });
    await openApi(page, 'payments');
    await page.screenshot({ path: 'docs/pipeline-phone.png' });
  });
});
