import type { Page } from '@playwright/test';
import { test, expect as baseExpect } from './fixtures';
import { newFunctionFromStarter } from './code-tab';

/** Monaco and the plugin runtimes load on first use from `vite preview` on a shared machine. */
const expect = baseExpect.configure({ timeout: 30_000 });
const SLOW = { timeout: 150_000 };
test.describe.configure({ timeout: 360_000 });

/** Create a function from its hook's starter in the Code tab of an API, and open its Test panel. */
async function starterUnderTest(page: Page, api: string, hook: string, name: string) {
  const editor = await newFunctionFromStarter(page, api, hook, name, SLOW.timeout);
  await page.getByRole('button', { name: `Test ${name} on a sample request` }).click();
  const panel = page.getByRole('region', { name: `Test ${name}` });
  await expect(panel).toBeVisible();
  return { editor, panel };
}

test('a JSVM pre hook from its starter: test it, see the header it sets; break it, see the syntax error', async ({ page }) => {
  // legacy-inventory runs the otto engine: ES5 only.
  const { editor, panel } = await starterUnderTest(page, 'legacy-inventory', 'pre', 'AddTraceHeader');
  await expect(panel).toContainText('otto: ES5 only');
  await panel.getByLabel('Headers', { exact: true }).fill('Accept: application/json\nX-Request-Id: 42');
  await panel.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(panel.getByRole('list', { name: 'Request headers' })).toContainText('X-Plugin: AddTraceHeader', SLOW);
  await expect(panel).toContainText('Ran in the browser (QuickJS, as otto');

  // The whole chain on the same sample: this function runs; the others have no source here.
  await panel.getByRole('button', { name: 'Run the chain' }).click();
  const chain = panel.getByRole('list', { name: 'Plugin functions run on the sample, in order' });
  await expect(chain.getByRole('listitem')).toHaveCount(3);
  await expect(chain.getByRole('listitem').filter({ hasText: 'AddTraceHeader' })).toContainText('set X-Plugin');
  await expect(chain.getByRole('listitem').filter({ hasText: 'normaliseSkuParam' })).toContainText('skipped: No file here defines it.');
  // Each hook's effect is drawn on its card in the pipeline.
  await page.getByRole('navigation', { name: 'Workspace views' }).getByRole('link', { name: 'Pipeline', exact: true }).click();
  const pre = page.getByRole('list', { name: 'Pre functions, in the order they run' });
  // A card is found by its name alone: another card's finding may mention the file AddTraceHeader.js.
  const card = (name: string) => pre.getByTestId(/^fn-pre-\d+$/).filter({ has: page.getByText(name, { exact: true }) });
  await expect(card('AddTraceHeader').getByTestId('chain-run-mark')).toHaveText('Chain run: set X-Plugin');
  await expect(card('normaliseSkuParam').getByTestId('chain-run-mark')).toHaveText('Chain run: skipped: No file here defines it.');
  await page.goBack();
  await expect(panel).toBeVisible();

  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('let broken = 1;\n');
  await panel.getByRole('button', { name: 'Run', exact: true }).click();
  const alert = panel.getByRole('alert');
  await expect(alert).toContainText('Syntax error');
  await expect(alert).toContainText('Line 1:');
  // The sample is kept across runs.
  await expect(panel.getByLabel('Headers', { exact: true })).toHaveValue('Accept: application/json\nX-Request-Id: 42');
});

test('bad input is named in its field and nothing runs; an endless loop is stopped and the page stays usable', async ({ page }) => {
  const { editor, panel } = await starterUnderTest(page, 'legacy-inventory', 'pre', 'LoopForever');
  await panel.getByLabel('Headers', { exact: true }).fill('Content-Type: application/json');
  await panel.getByLabel('Body', { exact: true }).fill('{"sku": ');
  await panel.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(panel.getByLabel('Body', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(panel).toContainText('The body is not valid JSON');
  await expect(panel.getByTestId('test-result')).toHaveCount(0);
  await panel.getByLabel('Body', { exact: true }).fill('{"sku": "A-1"}');

  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+End');
  // insertText: no auto-closed brackets in the way.
  await page.keyboard.insertText('\nLoopForever.NewProcessRequest(function (request) { while (true) {} });\n');
  await expect(editor.locator('.view-lines')).toContainText('while (true)');
  await panel.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(panel.getByRole('button', { name: 'Running…' })).toBeVisible();
  // The page answers while the plugin spins in its Worker.
  await page.getByRole('navigation', { name: 'Workspace views' }).getByRole('link', { name: 'Pipeline', exact: true }).focus();
  await expect(page.getByRole('navigation', { name: 'Workspace views' }).getByRole('link', { name: 'Pipeline', exact: true })).toBeFocused();
  await expect(panel.getByRole('alert')).toContainText('Timeout', { timeout: 20_000 });
  await expect(panel.getByRole('alert')).toContainText('timed out after 5s');
});

test('a Python post hook from its starter runs in Pyodide: the header it adds; broken, the syntax error', async ({ page }) => {
  const { editor, panel } = await starterUnderTest(page, 'customer-profiles', 'post', 'add_plugin_header');
  await expect(panel).toContainText('Pyodide');
  await panel.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(panel.getByRole('list', { name: 'Request headers' })).toContainText('X-Plugin: add_plugin_header', SLOW);
  await expect(panel).toContainText('Ran in the browser (Pyodide)');

  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('\ndef broken(:\n');
  await panel.getByRole('button', { name: 'Run', exact: true }).click();
  const alert = panel.getByRole('alert');
  await expect(alert).toContainText('Syntax error');
  await expect(alert).toContainText('middleware.py, line');
});
