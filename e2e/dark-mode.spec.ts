import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, openApiList } from './fixtures';
import { openApi, pickFromMenu } from './pipeline-helpers';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe's WCAG 2.1 AA findings on the page (`only`: a part of it), as short lines to compare with []. */
async function violations(page: Page, only?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(WCAG_AA);
  const results = await (only ? builder.include(only) : builder).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
}

const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset['theme']);

test.describe('dark mode', () => {
  test.describe.configure({ timeout: 240_000 });

  test('follows the system until the header toggle is used, then keeps the choice over a reload', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openApiList(page);
    expect(await theme(page)).toBe('dark');
    // The system turns light: with no choice made, the page follows it.
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => theme(page)).toBe('light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => theme(page)).toBe('dark');

    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(await theme(page)).toBe('light');
    // Chosen: the system's setting no longer counts, and a reload starts light before the app has run.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload({ waitUntil: 'domcontentloaded' });
    expect(await theme(page)).toBe('light');
    await expect(page.getByRole('table')).toBeVisible();
    expect(await theme(page)).toBe('light');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.reload({ waitUntil: 'domcontentloaded' });
    expect(await theme(page)).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(248, 250, 252)');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`every view passes axe's WCAG 2.1 AA checks in the ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openApiList(page);
      expect(await theme(page)).toBe(scheme);
      expect(await violations(page), 'API list').toEqual([]);

      await openApi(page, 'payments');
      expect(await violations(page), 'pipeline').toEqual([]);
      await page.getByRole('button', { name: 'Actions for AddCorrelationID' }).click();
      expect(await violations(page), 'card menu').toEqual([]);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: /^AddCorrelationID, Pre position/ }).click();
      expect(await violations(page), 'inspector').toEqual([]);
      await page.getByLabel('Path under the listen path').fill('/refunds/1');
      await page.getByRole('button', { name: 'Trace' }).click();
      await expect(page.getByTestId('trace-legend')).toBeVisible();
      expect(await violations(page), 'trace').toEqual([]);
      // Below 1440 px the inspector is a drawer over the diagram: Escape closes it.
      await page.keyboard.press('Escape');

      // A change, then the review and push dialog with its diff (the plain one, then the editor's).
      await pickFromMenu(page, 'Actions for MaskCardNumbers', 'Pre');
      await page.getByRole('button', { name: 'Review and push' }).click();
      const dialog = page.getByRole('dialog', { name: /Review and push/ });
      await expect(dialog.getByRole('table', { name: /side by side/ })).toBeVisible();
      expect(await violations(page, 'dialog'), 'review dialog').toEqual([]);
      await dialog.getByRole('button', { name: 'Open in the editor’s diff view' }).click();
      await expect(dialog.locator('.monaco-diff-editor .line-numbers').first()).toBeVisible({ timeout: 150_000 });
      expect(await violations(page, 'dialog'), 'editor diff').toEqual([]);
      await page.keyboard.press('Escape');

      await page.getByRole('navigation', { name: 'Workspace views' }).getByRole('link', { name: 'Code', exact: true }).click();
      await page.getByRole('button', { name: 'Write AddCorrelationID from a starter' }).click();
      await expect(page.locator('.monaco-editor .view-lines').first()).toContainText('func AddCorrelationID', { timeout: 150_000 });
      expect(await violations(page), 'code').toEqual([]);
      await page.getByRole('navigation', { name: 'Workspace views' }).getByRole('link', { name: 'Definition', exact: true }).click();
      await expect(page.getByRole('region', { name: 'Definition' })).toBeVisible();
      expect(await violations(page), 'definition').toEqual([]);
      await page.getByRole('navigation', { name: 'Workspace views' }).getByRole('link', { name: 'Plugin settings', exact: true }).click();
      expect(await violations(page), 'plugin settings').toEqual([]);

      await page.getByRole('link', { name: 'Connection' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await violations(page), 'connection').toEqual([]);
      await page.getByRole('button', { name: /Gateway profile/ }).click();
      await expect(page.getByRole('dialog', { name: 'Gateway profile' })).toBeVisible();
      expect(await violations(page, 'dialog'), 'gateway profile').toEqual([]);
      await page.keyboard.press('Escape');
      await page.getByRole('link', { name: 'Drafts' }).click();
      await expect(page.getByRole('heading', { level: 1, name: /Drafts/ })).toBeVisible();
      expect(await violations(page), 'drafts').toEqual([]);
      await page.getByRole('button', { name: 'Import…' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await violations(page, 'dialog'), 'import').toEqual([]);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'New API…' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await violations(page, 'dialog'), 'new API').toEqual([]);
      await page.keyboard.press('Escape');
      // The several-gateways views: history, files, compare.
      for (const view of ['History', 'Files', 'Compare']) {
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: view, exact: true }).click();
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await page.waitForLoadState('networkidle');
        expect(await violations(page), view.toLowerCase()).toEqual([]);
      }
    });
  }
});
