import { test, expect, openApiList } from './fixtures';

test('a whole gateway out as a tyk-sync folder (zip), and into another gateway as drafts to review', async ({ page }) => {
  test.setTimeout(120_000);
  await openApiList(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Files' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export 8 APIs as a zip' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('demo-apis.zip');
  const zip = { name: 'demo-apis.zip', mimeType: 'application/zip', buffer: await download.createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }) };
  await expect(page.getByRole('status')).toContainText('8 APIs and .tyk.json');

  await page.getByRole('combobox', { name: 'Current gateway' }).selectOption({ label: 'prod (demo)' });
  await expect(page.getByRole('heading', { name: 'Files of prod (demo)' })).toBeVisible();
  await page.getByLabel(/A zip with .tyk.json/).setInputFiles(zip);
  await expect(page.getByRole('status')).toContainText('demo-apis.zip: 8 APIs. 2 new here, 1 different from prod (demo), 5 the same.');
  await page.getByRole('button', { name: 'Open 3 new and changed APIs as drafts' }).click();
  await expect(page.getByRole('status').filter({ hasText: '3 drafts ready' })).toBeVisible();
  await page.getByRole('link', { name: 'payments' }).click();
  await expect(page.getByTestId('draft-status')).toContainText('changes not pushed');
});
