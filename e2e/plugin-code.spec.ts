import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { test, expect as baseExpect } from './fixtures';

/**
 * Monaco is a large chunk and this machine is shared by several builds: allow for a slow first load. Speed
 * itself is measured by `npm run bench` (scripts/bench/editor-open.mjs), not here.
 */
const expect = baseExpect.configure({ timeout: 30_000 });
/** The first open of an editor downloads and compiles Monaco (~4 MB of script) from `vite preview`. */
const MONACO_LOAD = { timeout: 150_000 };
test.describe.configure({ timeout: 360_000 });

/** A Classic API on the otto (JSVM) driver with a Pre hook, from the embedded gateway's seed. */
const API = '/apis/legacy-inventory';

async function openTab(page: Page, name: 'Pipeline' | 'Code' | 'Definition') {
  await page.getByRole('navigation', { name: 'Workspace views' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('region', { name })).toBeVisible();
}

function preList(page: Page) {
  return page.getByRole('list', { name: 'Pre functions, in the order they run' });
}

async function createPreFunction(page: Page, name: string) {
  await openTab(page, 'Code');
  await page.getByRole('button', { name: 'New function…' }).click();
  const form = page.getByRole('form', { name: 'New function' });
  await form.getByLabel('Hook').selectOption('pre');
  await form.getByLabel('Function name').fill(name);
  await form.getByRole('button', { name: 'Create function' }).click();
  const editor = page.locator('.monaco-editor').first();
  await expect(editor.locator('.view-lines')).toContainText(`var ${name} = new TykJS.TykMiddleware.NewMiddleware`, MONACO_LOAD);
  return editor;
}

test.describe('plugin code, the definition as JSON, and bundles', () => {
  test('creates a function from the starter on Pre, edits it, and sees it on the pipeline', async ({ page }) => {
    await page.goto(API);
    await expect(preList(page)).toContainText('normaliseSkuParam');
    const editor = await createPreFunction(page, 'AddTraceHeader');
    await expect(page).toHaveURL(/\/code\?file=AddTraceHeader\.js&fn=AddTraceHeader$/);

    await editor.locator('.view-lines').click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('// edited in the browser\n');
    await expect(editor.locator('.view-lines')).toContainText('// edited in the browser');

    await openTab(page, 'Pipeline');
    await expect(preList(page)).toContainText('AddTraceHeader');
    await expect(preList(page)).toContainText('normaliseSkuParam');

    // The edit was saved with the draft: the file shows it when the Code tab opens again.
    await openTab(page, 'Code');
    await expect(page.locator('.monaco-editor .view-lines').first()).toContainText('// edited in the browser', MONACO_LOAD);
  });

  test('"Edit code" on a pipeline function opens its file in the Code tab at the function', async ({ page }) => {
    await page.goto(API);
    await createPreFunction(page, 'AddTraceHeader');
    const editor = await createPreFunction(page, 'StripCookies');
    await openTab(page, 'Pipeline');
    await preList(page).getByRole('button', { name: 'Actions for AddTraceHeader' }).click();
    await page.getByRole('menu', { name: 'Actions for AddTraceHeader' }).getByRole('menuitem', { name: 'Edit code' }).click();
    await expect(page).toHaveURL(/\/code\?file=AddTraceHeader\.js&fn=AddTraceHeader$/);
    await expect(page.getByRole('region', { name: 'Code' })).toBeVisible();
    await expect(editor.locator('.view-lines')).toContainText('var AddTraceHeader = new TykJS.TykMiddleware.NewMiddleware', MONACO_LOAD);
    await expect(editor.locator('.view-lines')).not.toContainText('var StripCookies');
  });

  test('"Edit code" on a compiled Go plugin\'s function offers its starter and opens it in the editor', async ({ page }) => {
    // Orders (OAS) names compiled Go plugins (.so) whose source is not in the draft.
    await page.goto('/apis/orders');
    // From the inspector of the function (a click on its card opens it).
    await page.getByRole('button', { name: /^RequestID, Pre position/ }).click();
    await page.getByTestId('inspector').getByRole('link', { name: 'Edit code of RequestID' }).click();
    const offer = page.getByRole('region', { name: 'Function without source' });
    await expect(offer).toContainText('No file here defines RequestID');
    await offer.getByRole('button', { name: 'Write RequestID from a starter' }).click();
    await expect(page).toHaveURL(/\/code\?file=request_id\.go&fn=RequestID$/);
    const editor = page.locator('.monaco-editor').first();
    await expect(editor.locator('.view-lines')).toContainText('func RequestID(rw http.ResponseWriter, r *http.Request)', MONACO_LOAD);
    await expect(page.getByRole('complementary', { name: 'Functions the definition names' })).toContainText('request_id.go, line');
  });

  test('invalid JSON in the Definition tab shows its error while the pipeline keeps the last valid state', async ({ page }) => {
    await page.goto(API);
    await expect(preList(page)).toContainText('normaliseSkuParam');
    await openTab(page, 'Definition');
    const editor = page.locator('.monaco-editor').first();
    // Monaco renders only the lines in view: the top of the definition.
    await expect(editor.locator('.view-lines')).toContainText('"api_id": "legacy-inventory"', MONACO_LOAD);
    await expect(page.getByRole('status').filter({ hasText: 'Valid JSON' })).toBeVisible();
    // The embedded gateway offers no schema of its own: the line under the editor says which one checks.
    await expect(page.getByTestId('schema-source')).toHaveText("Checked against Plugin Studio's own schema of the Tyk Classic plugin fields.");

    // The schema of the Classic plugin fields checks what is typed (a warning, not a parse error). The gateway's
    // copy holds every field, so the typed one goes last: of two equal keys the last counts, as on the gateway.
    await editor.locator('.view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Home');
    await page.keyboard.type(',"custom_plugin_auth_enabled": "yes"\n');
    const problems = page.getByRole('complementary', { name: 'JSON problems' });
    await expect(problems).toContainText('Expected "boolean"');

    // ...and completes it: a quote opens the schema's property names for this object.
    await page.keyboard.type(',"analytics_plugin": {"');
    const suggestions = page.locator('.suggest-widget .monaco-list-row');
    await expect(suggestions.first()).toBeVisible();
    await expect(suggestions.filter({ hasText: /^func_name$/ })).toHaveCount(1);
    await page.keyboard.press('Escape');

    await page.keyboard.press('Control+Home');
    await page.keyboard.type('oops ');
    const alert = problems.getByRole('alert');
    await expect(alert).toContainText('The JSON is not valid');
    await expect(alert).toContainText(/Line 1, column 1/);

    await openTab(page, 'Pipeline');
    await expect(preList(page)).toContainText('normaliseSkuParam');

    // Nothing typed is lost: the broken text is still there when the tab opens again.
    await openTab(page, 'Definition');
    await expect(page.locator('.monaco-editor .view-lines').first()).toContainText('oops', MONACO_LOAD);
    await expect(page.getByRole('complementary', { name: 'JSON problems' }).getByRole('alert')).toBeVisible();
  });

  test('downloads a bundle whose manifest names the files, the hooks and their checksum', async ({ page }) => {
    await page.goto(API);
    await createPreFunction(page, 'AddTraceHeader');
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download bundle' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('bundle.zip');
    const zip = unzipSync(new Uint8Array(readFileSync(await download.path())));
    const manifest = JSON.parse(strFromU8(zip['manifest.json'] ?? new Uint8Array())) as {
      file_list: string[];
      checksum: string;
      signature: string;
      custom_middleware: { driver: string; pre: { name: string; path: string }[] };
    };
    expect(manifest.file_list).toEqual(['AddTraceHeader.js']);
    const source = zip['AddTraceHeader.js'] ?? new Uint8Array();
    expect(strFromU8(source)).toContain('var AddTraceHeader = new TykJS.TykMiddleware.NewMiddleware');
    expect(manifest.checksum).toBe(createHash('md5').update(source).digest('hex'));
    expect(manifest.signature).toBe('');
    expect(manifest.custom_middleware.driver).toBe('otto');
    expect(manifest.custom_middleware.pre.map((fn) => fn.name)).toEqual(['normaliseSkuParam', 'AddTraceHeader']);
  });
});
