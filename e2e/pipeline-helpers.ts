import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, openApiList } from './fixtures';

/** dnd-kit starts a drag only after the pointer has moved past its activation distance: move in small steps. */
export async function dragTo(page: Page, handle: Locator, target: Locator, where: 'bottom' | 'center' | 'top' = 'bottom') {
  await pickUp(page, handle);
  await aimAt(page, target, where);
}

/** Presses on an element's body (a card or a palette entry drags by its whole body) and moves past the activation distance. */
export async function pickUp(page: Page, handle: Locator) {
  await handle.scrollIntoViewIfNeeded();
  const from = await handle.boundingBox();
  if (!from) throw new Error('nothing to drag on screen');
  // Left of the middle: the right end of a card holds its menu button.
  const x = from.x + Math.min(40, from.width / 3);
  const y = from.y + Math.min(12, from.height / 2);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 4, y + 4, { steps: 4 });
  await page.mouse.move(x + 12, y + 12, { steps: 4 });
  // While dragging, every zone says whether it would take the function: wait for that layout before aiming.
  await expect(page.getByText(/^(Accepts this function|Refuses: |Release to drop here|Drop here to remove)/).first()).toBeVisible();
}

/** Moves the dragged function over a target: near its top, its middle or its bottom edge. */
export async function aimAt(page: Page, target: Locator, where: 'bottom' | 'center' | 'top') {
  // Keep the target in the middle of the viewport: near an edge, dnd-kit scrolls the page under the pointer.
  await target.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(100);
  const to = await target.boundingBox();
  if (!to) throw new Error('no drop target on screen');
  const y = where === 'bottom' ? to.y + to.height - 4 : where === 'top' ? to.y + 6 : to.y + to.height / 2;
  await page.mouse.move(to.x + to.width / 2, y, { steps: 12 });
  await page.mouse.move(to.x + to.width / 2 + 1, y, { steps: 2 });
}

/** The function names of a hook, in order, as the diagram shows them. */
export async function hookNames(page: Page, hook: string): Promise<string[]> {
  return page.getByTestId(`hook-${hook}`).locator('li[data-function]').evaluateAll((items) => items.map((item) => item.getAttribute('data-function') ?? ''));
}

/** A function's card (its focusable body), by name and hook. */
export const card = (page: Page, name: string, hook: string) => page.getByRole('button', { name: new RegExp(`^${name}, ${hook} position \\d+ of \\d+$`) });

/** A palette entry (its focusable body). */
export const paletteEntry = (page: Page, name: string) => page.getByRole('button', { name: `${name}, in the palette` });

/** dnd-kit's live region: what a keyboard drag says as it moves. */
export const dragAnnouncer = (page: Page) => page.locator('[id^="DndLiveRegion"]');

/** The pipeline's status region: what the last change did, or why it was refused. */
export const status = (page: Page) => page.getByTestId('pipeline-message');

/**
 * Presses an arrow key during a keyboard drag until the announcer says `place`. dnd-kit listens for the moving
 * keys from a later task on, so the first press may be lost: each press waits for the announcement to change.
 */
export async function arrowUntil(page: Page, key: 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight', place: RegExp, presses = 10) {
  const announcer = dragAnnouncer(page);
  for (let i = 0; i < presses; i += 1) {
    if (place.test((await announcer.textContent()) ?? '')) return;
    const before = (await announcer.textContent()) ?? '';
    await page.keyboard.press(key);
    await expect.poll(async () => (await announcer.textContent()) ?? '', { timeout: 2000 }).not.toBe(before).catch(() => undefined);
  }
  await expect(announcer).toHaveText(place);
}

/** The draft as exported: the Export menu's download when there is one, else the Definition tab's JSON. */
export async function exportedDefinition(page: Page): Promise<Record<string, unknown>> {
  const exportButton = page.getByRole('button', { name: /^Export/ });
  if ((await exportButton.count()) > 0) {
    await exportButton.click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download JSON' }).click();
    const file = await (await downloading).path();
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  }
  await page.getByRole('navigation', { name: 'Workspace views' }).getByRole('link', { name: 'Definition' }).click();
  const text = await page.getByRole('region', { name: 'Definition' }).locator('pre').innerText();
  return JSON.parse(text) as Record<string, unknown>;
}

export const names = (list: unknown, key: string) => (Array.isArray(list) ? list.map((item) => (item as Record<string, unknown>)[key]) : []);

export async function openApi(page: Page, id: string) {
  await openApiList(page);
  // Client-side navigation: the embedded gateway keeps running (a reload would start it again).
  await page.locator(`a[href="/apis/${id}"]`).first().click();
  await expect(page.getByRole('heading', { name: /Request chain/ })).toBeVisible({ timeout: 30_000 });
}

/** Below 1440 px the functions are a drawer: opens it when the palette is not on screen. */
export async function showPalette(page: Page) {
  if (await page.getByTestId('palette').isVisible()) return;
  await page.getByRole('button', { name: /^Functions \(\d+\)$/ }).click();
  await expect(page.getByTestId('palette')).toBeVisible();
}

export async function createFunction(page: Page, name: string, path: string) {
  await showPalette(page);
  await page.getByRole('button', { name: 'New function…' }).click();
  await page.getByLabel('Function name').fill(name);
  await page.getByLabel('File (path)').fill(path);
  await page.getByRole('button', { name: 'Add to palette' }).click();
  await expect(paletteEntry(page, name)).toBeVisible();
}

/** Opens a menu by its button's name and picks an item. */
export async function pickFromMenu(page: Page, menu: string, item: string) {
  await page.getByRole('button', { name: menu }).click();
  await page.getByRole('menu', { name: menu }).getByRole('menuitem', { name: item, exact: true }).click();
}
