import type { Page } from '@playwright/test';
import { test, expect as baseExpect } from './fixtures';
import { newFunctionFromStarter } from './code-tab';

const expect = baseExpect.configure({ timeout: 30_000 });
const SLOW = { timeout: 150_000 };
test.describe.configure({ timeout: 360_000 });

// The fixture fails a test on any page error: Monaco once threw "DropIntoEditorController depends on
// UNKNOWN service treeViewsDndService" when an editor was created after the JSON language's code loaded
// (seen with E2E_SERVER=dev, where each module loads on its own; the build's chunks happened to hide it).
test('Definition, Pipeline, Definition again: the editor opens each time without an error', async ({ page }) => {
  await page.goto('/apis/legacy-inventory');
  const tabs = page.getByRole('navigation', { name: 'Workspace views' });
  for (const tab of ['Definition', 'Pipeline', 'Definition', 'Code', 'Definition']) {
    await tabs.getByRole('link', { name: tab, exact: true }).click();
    await expect(page.getByRole('region', { name: tab })).toBeVisible();
    if (tab === 'Definition') await expect(page.locator('.monaco-editor .view-lines').first()).toContainText('api_id', SLOW);
  }
});


/** The cursor at the start of a line's second word (`var Name`, `def name`). */
async function toSecondWord(page: Page, line: number) {
  await page.keyboard.press('Control+Home');
  for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  await page.keyboard.press('Control+ArrowRight');
  await page.keyboard.press('ArrowRight');
}

test('F2 renames a name everywhere in the file; hovering TykJS shows its documentation', async ({ page }) => {
  const editor = await newFunctionFromStarter(page, 'legacy-inventory', 'pre', 'AddTraceHeader');
  await editor.locator('.view-lines').click();
  await toSecondWord(page, 3); // var AddTraceHeader = new TykJS.TykMiddleware.NewMiddleware({});
  await page.keyboard.press('F2');
  // Monaco's rename box: filled in place (a keystroke sent before it has focus would land in the editor).
  const renameBox = page.locator('.rename-box input');
  await expect(renameBox).toBeFocused();
  await expect(renameBox).toHaveValue('AddTraceHeader');
  await renameBox.fill('TraceHeader');
  await renameBox.press('Enter');
  await expect(editor.locator('.view-lines')).toContainText('var TraceHeader = new TykJS');
  await expect(editor.locator('.view-lines')).toContainText('TraceHeader.NewProcessRequest');
  await expect(editor.locator('.view-lines')).toContainText('return TraceHeader.ReturnData');

  // The cursor on ReturnData (line 7), then the keyboard's "show hover".
  await page.keyboard.press('Control+Home');
  for (let i = 1; i < 7; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  for (let i = 0; i < 'Data(request, {});'.length; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Control+k');
  await page.keyboard.press('Control+i');
  await expect(page.getByRole('tooltip', { name: /ReturnData/ })).toContainText('What a request handler returns');
});

test('renaming a Python def while typing brings no banner in above the editor', async ({ page }) => {
  const editor = await newFunctionFromStarter(page, 'customer-profiles', 'post', 'add_plugin_header');
  await editor.locator('.view-lines').click();
  const box = await editor.boundingBox();
  await toSecondWord(page, 7); // def add_plugin_header(request, session, spec):
  await page.keyboard.press('Control+ArrowRight');
  await page.keyboard.type('_v2');
  await expect(editor.locator('.view-lines')).toContainText('def add_plugin_header_v2(');
  await page.waitForTimeout(600); // the editor saves into the draft after a pause in typing
  await expect(page.getByRole('region', { name: 'Function without source' })).toHaveCount(0);
  expect((await editor.boundingBox())?.y).toBe(box?.y);
});
