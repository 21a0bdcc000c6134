import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Creates a function from its hook's starter in the Code tab of an API (New function…) and waits for Monaco
 * to show it; answers the editor. Monaco loads on first use, which takes a while on a shared machine.
 */
export async function newFunctionFromStarter(page: Page, api: string, hook: string, name: string, timeout = 150_000): Promise<Locator> {
  await page.goto(`/apis/${api}/code`);
  await page.getByRole('toolbar', { name: 'Plugin code' }).getByRole('button', { name: 'New function…' }).click();
  const form = page.getByRole('form', { name: 'New function' });
  await form.getByLabel('Hook').selectOption(hook);
  await form.getByLabel('Function name').fill(name);
  await form.getByRole('button', { name: 'Create function' }).click();
  const editor = page.locator('.monaco-editor').first();
  await expect(editor.locator('.view-lines')).toContainText(name, { timeout });
  return editor;
}
