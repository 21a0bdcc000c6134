import { readFileSync } from 'node:fs';
import { test, expect, openApiList } from './fixtures';

/** Chromium logs each gateway call that fails at the network level: here that is the case under test. */
function ignoreFailedGatewayCalls(consoleErrors: string[]) {
  const others = consoleErrors.filter((text) => text !== 'Failed to load resource: net::ERR_FAILED');
  consoleErrors.splice(0, consoleErrors.length, ...others);
}

test.describe('with the gateway down', () => {
  test.describe.configure({ timeout: 120_000 });

  test('a draft opens from the Drafts page, is edited and exported with no gateway at all', async ({ page, consoleErrors }) => {
    await openApiList(page);
    await page.locator('a[href="/apis/payments"]').first().click();
    await page.getByRole('navigation', { name: 'Workspace views' }).getByRole('link', { name: 'Plugin settings' }).click();
    const settings = page.getByRole('region', { name: 'Plugin settings' });
    await settings.getByLabel('Function name').fill('EditedBeforeTheOutage');
    await settings.getByRole('button', { name: 'Apply settings' }).click();
    await expect(page.getByTestId('draft-status')).toContainText('(saved in this browser)');

    await page.evaluate(() => window.__embeddedGateway?.setFaults({ down: true }));
    // A fresh page: nothing of the gateway's answers is left in memory.
    await page.goto('/drafts');
    await page.getByRole('listitem', { name: 'Payments API' }).getByRole('link', { name: /Open/ }).click();

    await expect(page.getByText('The gateway is out of reach: this is your draft, kept in this browser.')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('heading', { level: 1, name: 'Payments API' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Workspace views' }).getByRole('link', { name: 'Plugin settings' }).click();
    await expect(settings.getByLabel('Function name')).toHaveValue('EditedBeforeTheOutage');
    await settings.getByLabel('Function name').fill('EditedDuringTheOutage');
    await settings.getByRole('button', { name: 'Apply settings' }).click();
    await expect(page.getByTestId('draft-status')).toContainText('(saved in this browser)');
    await page.screenshot({ path: test.info().outputPath('draft-without-gateway.png') });

    await page.getByRole('button', { name: /^Export/ }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download JSON' }).click();
    const exported = JSON.parse(readFileSync((await (await downloading).path()) ?? '', 'utf8'));
    expect(exported.analytics_plugin.func_name).toBe('EditedDuringTheOutage');
    ignoreFailedGatewayCalls(consoleErrors);
  });

  test('the API list says the gateway does not answer, and lists again once it does', async ({ page, consoleErrors }) => {
    await openApiList(page);
    await page.evaluate(() => window.__embeddedGateway?.setFaults({ down: true }));
    await page.reload();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Could not load the APIs', { timeout: 30_000 });
    await expect(alert).toContainText('does not answer');
    await page.evaluate(() => window.__embeddedGateway?.clearFaults());
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('table')).toBeVisible();
    ignoreFailedGatewayCalls(consoleErrors);
  });
});
