import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openApiList } from './fixtures';

/**
 * A definition past the size at which its large containers are kept in pieces (src/drafts/spine.ts): 3,000
 * operations. An edit of one endpoint is sent to the lint worker as that one entry, stored as that entry's
 * piece, survives a reload made right after it, and the export (written and made a Blob in the worker)
 * differs from the imported file only there.
 */
const COUNT = 3000;
function largeDefinition(): string {
  const paths: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  for (let i = 0; i < COUNT; i++) {
    paths[`/items/${i}`] = { post: { operationId: `postItem${i}`, responses: { 200: { description: 'Changed' } } } };
    operations[`postItem${i}`] = i % 10 === 0 ? { postPlugins: [{ enabled: true, functionName: `Check${i}`, path: '/opt/tyk/plugins/check.so' }] } : { allow: { enabled: true } };
  }
  return JSON.stringify({
    openapi: '3.0.3',
    info: { title: 'Large catalogue', version: '1.0.0' },
    paths,
    'x-tyk-api-gateway': {
      info: { id: 'large-catalogue', name: 'Large catalogue', state: { active: true } },
      upstream: { url: 'http://catalogue.internal' },
      server: { listenPath: { value: '/large/', strip: true } },
      middleware: { global: { pluginConfig: { driver: 'goplugin' } }, operations },
    },
  });
}

test('a large definition: one endpoint switched off, reloaded at once, exported with only that change', async ({ page }) => {
  test.setTimeout(120_000);
  const text = largeDefinition();
  await openApiList(page);
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByLabel('Choose a file').setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByRole('heading', { level: 1, name: 'Large catalogue' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Request chain' })).toBeVisible();

  const card = page.getByRole('button', { name: /^Actions for Check0 on / }).first();
  await card.click();
  await page.getByRole('menuitem', { name: 'Disable' }).click();
  const disabled = () => page.getByRole('button', { name: /^Actions for Check0 on / }).first().locator('xpath=ancestor::li[1]').getByText('disabled', { exact: true });
  await expect(disabled()).toBeVisible();
  const expected = text.replace('"enabled":true,"functionName":"Check0"', '"enabled":false,"functionName":"Check0"');
  // The worker already holds the operations: it is sent the one changed entry.
  expect(differenceFrom(expected, await downloadJson(page))).toBe('');

  await card.click();
  await page.getByRole('menuitem', { name: 'Enable' }).click();
  await expect(disabled()).toBeHidden();
  await card.click();
  await page.getByRole('menuitem', { name: 'Disable' }).click();
  await expect(disabled()).toBeVisible();
  // Right away: the page writes the draft on its way out.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Request chain' })).toBeVisible();
  await expect(disabled()).toBeVisible();
  expect(differenceFrom(expected, await downloadJson(page))).toBe('');
});

async function downloadJson(page: Page): Promise<string> {
  await page.getByRole('button', { name: /^Export/ }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download JSON' }).click();
  return readFileSync(await (await downloading).path(), 'utf8');
}

/** Where the export differs from what was expected, in a few words around it ('' when it does not). */
function differenceFrom(expected: string, actual: string): string {
  if (expected === actual) return '';
  let at = 0;
  while (at < expected.length && expected[at] === actual[at]) at++;
  return `at ${at}: expected …${expected.slice(Math.max(0, at - 60), at + 60)}… got …${actual.slice(Math.max(0, at - 60), at + 60)}…`;
}
