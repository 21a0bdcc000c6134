import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { arrowUntil, dragAnnouncer, openApi, showPalette } from './pipeline-helpers';

/** The top of a hook, and whether the palette stands between the header and it. */
async function firstHook(page: Page) {
  const pre = await page.getByTestId('hook-pre').boundingBox();
  if (!pre) throw new Error('no Pre hook on the page');
  return pre;
}

test.describe('the pipeline on narrow windows', () => {
  test.describe.configure({ timeout: 120_000 });

  for (const { width, height } of [
    { width: 1024, height: 768 },
    { width: 390, height: 844 },
  ]) {
    test(`at ${width} px the flow is vertical, the palette a drawer, and a hook is within the first 700 px`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await openApi(page, 'payments');
      // Header, toolbar and palette together leave the first hook on screen without scrolling.
      const pre = await firstHook(page);
      expect(pre.y).toBeLessThan(700);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      // Vertical: each hook below the one before it, not beside it.
      const boxes = await Promise.all(['pre', 'auth', 'postAuth', 'post'].map((hook) => page.getByTestId(`hook-${hook}`).boundingBox()));
      const tops = boxes.map((box) => box?.y ?? 0);
      expect([...tops].sort((a, b) => a - b)).toEqual(tops);
      for (const [i, box] of boxes.entries()) if (i > 0) expect(box!.y).toBeGreaterThanOrEqual(boxes[i - 1]!.y + boxes[i - 1]!.height);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // The palette is a drawer: off the page until asked for, then over the diagram.
      await expect(page.getByTestId('palette')).toBeHidden();
      await showPalette(page);
      const drawer = await page.getByRole('complementary', { name: 'Functions and inspector' }).boundingBox();
      expect(drawer && drawer.x + drawer.width).toBeGreaterThanOrEqual(width - 1);
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('palette')).toBeHidden();
    });
  }

  test('at 1024 px a keyboard drag from the palette drawer brings each hook it reaches into view', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await openApi(page, 'payments');
    await showPalette(page);
    await page.getByRole('button', { name: /, in the palette$/ }).first().focus();
    await page.keyboard.press('Space');
    await expect(dragAnnouncer(page)).toHaveText(/^Over the palette/);
    // Post is far below the first screen in the vertical flow: the page follows the drag there.
    await arrowUntil(page, 'ArrowRight', /^Over Post, position \d+ of \d+\.$/);
    const post = page.getByTestId('hook-post');
    await expect(post).toBeInViewport();
    const hook = await post.boundingBox();
    const preview = await page.getByTestId('drag-preview').boundingBox();
    expect(hook && preview && preview.y >= hook.y && preview.y < hook.y + hook.height).toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('pipeline-message')).toContainText('Cancelled.');
  });
});
