import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openApiList } from './fixtures';

/** The Tyk Dashboard's export of a Classic API: the definition under api_definition, beside the Dashboard's fields. */
const dashboardExport = `{
  "api_model": {},
  "api_definition": {
    "api_id": "dashboard-orders",
    "name": "Dashboard Orders",
    "org_id": "5e9d9544a1dcd60001d0ed20",
    "use_keyless": true,
    "proxy": { "listen_path": "/dash-orders/", "target_url": "http://orders.internal", "strip_listen_path": true },
    "version_data": { "not_versioned": true, "versions": { "Default": { "name": "Default" } } },
    "custom_middleware": { "driver": "goplugin", "pre": [{ "name": "AddTenant", "path": "tenant.so" }] }
  },
  "hook_references": [],
  "is_site": false,
  "sort_by": 0,
  "user_group_owners": [],
  "user_owners": []
}
`;

async function downloadJson(page: Page): Promise<{ name: string; text: string }> {
  await page.getByRole('button', { name: /^Export/ }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download JSON (Dashboard export format)' }).click();
  const download = await downloading;
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

test('a Dashboard export is read, edited and exported back in the same wrapper', async ({ page }) => {
  await openApiList(page);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import an API definition' });
  await dialog.getByLabel('Choose a file').setInputFiles({ name: 'orders-export.json', mimeType: 'application/json', buffer: Buffer.from(dashboardExport) });
  await expect(page).toHaveURL(/\/apis\/dashboard-orders$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard Orders' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Pre functions, in the order they run' })).toContainText('AddTenant');

  // Unedited, the export is the very text imported.
  expect((await downloadJson(page)).text).toBe(dashboardExport);

  // An edit changes only its own bytes, inside the wrapper.
  await page.getByRole('navigation', { name: 'Workspace views' }).getByRole('link', { name: 'Plugin settings' }).click();
  await page.getByRole('region', { name: 'Plugin settings' }).getByLabel('Driver', { exact: true }).selectOption('python');
  await page.getByRole('button', { name: 'Apply settings' }).click();
  await expect(page.getByText('Driver: python')).toBeVisible();
  expect((await downloadJson(page)).text).toBe(dashboardExport.replace('"driver": "goplugin"', '"driver": "python"'));
});
