import { test, expect, openApiList } from './fixtures';

test.describe('several gateways', () => {
  test.describe.configure({ timeout: 120_000 });

  test('the header switches gateways; each lists its own APIs', async ({ page }) => {
    await openApiList(page);
    const switcher = page.getByRole('combobox', { name: 'Current gateway' });
    await expect(switcher.getByRole('option')).toHaveText(['Embedded gateway (demo)', 'prod (demo)', 'cluster (demo) · 2 nodes']);
    await expect(page.locator('a[href="/apis/partner-webhooks"]').first()).toBeVisible();
    await switcher.selectOption({ label: 'prod (demo)' });
    await expect(page.locator('a[href="/apis/payments"]').first()).toBeVisible();
    await expect(page.locator('a[href="/apis/partner-webhooks"]')).toHaveCount(0);
    // The choice holds across a reload of the tab.
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Current gateway' })).toHaveValue('embedded:prod');
  });

  test('drift report by meaning, one API side by side, and promotion through the target’s review', async ({ page }) => {
    await openApiList(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare' }).click();
    await expect(page.getByRole('status')).toHaveText('1 different, 2 only on Embedded gateway (demo), 0 only on prod (demo), 5 the same.');
    const different = page.getByRole('region', { name: 'Different' });
    await expect(different).toContainText('$.custom_middleware.pre');
    await different.getByRole('link', { name: 'payments' }).click();
    await expect(page.getByText('Pre hook: + AddCorrelationID at position 1')).toBeVisible();

    await page.getByRole('button', { name: 'Promote to prod (demo)…' }).click();
    await expect(page.getByRole('combobox', { name: 'Current gateway' })).toHaveValue('embedded:prod');
    const dialog = page.getByRole('dialog', { name: /Review and push/ });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('list', { name: 'What the push changes' })).toContainText('custom_middleware.pre');
    await dialog.getByRole('button', { name: 'Push and reload' }).click();
    await expect(dialog.getByText(/reloaded and serves your change/)).toBeVisible();
    await dialog.getByRole('button', { name: 'Done' }).click();

    await page.goto('/compare?left=Embedded%20gateway%20(demo)&right=embedded%3Aprod');
    await expect(page.getByRole('status')).toHaveText('0 different, 2 only on Embedded gateway (demo), 0 only on prod (demo), 6 the same.');
  });
});
