import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, openApiList } from './fixtures';

/** dnd-kit starts a drag only after the pointer has moved past its activation distance: move in small steps. */
async function dragTo(page: Page, handle: Locator, target: Locator, where: 'bottom' | 'center' | 'top' = 'bottom') {
  await handle.scrollIntoViewIfNeeded();
  const from = await handle.boundingBox();
  if (!from) throw new Error('no drag handle on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 4, from.y + from.height / 2 + 4, { steps: 4 });
  await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 12, { steps: 4 });
  // While dragging, every zone says whether it would take the function: wait for that layout before aiming.
  await expect(page.getByText(/^(Accepts this function|Refuses: |Release to drop here|Drop here to remove)/).first()).toBeVisible();
  // Keep the target in the middle of the viewport: near an edge, dnd-kit scrolls the page under the pointer.
  await target.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(100);
  const to = await target.boundingBox();
  if (!to) throw new Error('no drop target on screen');
  const y = where === 'bottom' ? to.y + to.height - 4 : where === 'top' ? to.y + 12 : to.y + to.height / 2;
  await page.mouse.move(to.x + to.width / 2, y, { steps: 12 });
  await page.mouse.move(to.x + to.width / 2 + 1, y, { steps: 2 });
}

/** The function names of a hook, in order, as the diagram shows them. */
async function hookNames(page: Page, hook: string): Promise<string[]> {
  return page.getByTestId(`hook-${hook}`).locator('li[data-function]').evaluateAll((items) => items.map((item) => item.getAttribute('data-function') ?? ''));
}

/** The draft as exported: the Export menu's download when there is one, else the Definition tab's JSON. */
async function exportedDefinition(page: Page): Promise<Record<string, unknown>> {
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

const names = (list: unknown, key: string) => (Array.isArray(list) ? list.map((item) => (item as Record<string, unknown>)[key]) : []);

async function openApi(page: Page, id: string) {
  await openApiList(page);
  // Client-side navigation: the embedded gateway keeps running (a reload would start it again).
  await page.locator(`a[href="/apis/${id}"]`).first().click();
  await expect(page.getByRole('heading', { name: /Request chain/ })).toBeVisible({ timeout: 30_000 });
}

async function createFunction(page: Page, name: string, path: string) {
  await page.getByRole('button', { name: 'New function…' }).click();
  await page.getByLabel('Function name').fill(name);
  await page.getByLabel('File (path)').fill(path);
  await page.getByRole('button', { name: 'Add to palette' }).click();
  await expect(page.getByRole('button', { name: `Drag ${name} from the palette` })).toBeVisible();
}

const message = (page: Page) => page.getByTestId('pipeline-message');

test.describe('dragging plugin functions onto hooks', () => {
  // Long user journeys on a shared, busy machine: give each the time a slow runner needs.
  test.describe.configure({ timeout: 180_000 });

  test('Classic: drag from the palette, reorder, move, keyboard move, refusal, undo/redo, export', async ({ page }) => {
    await openApi(page, 'payments');
    expect(await hookNames(page, 'pre')).toEqual(['AddCorrelationID']);
    expect(await hookNames(page, 'post')).toEqual(['MaskCardNumbers']);

    // Mouse drag from the palette onto Pre (its end).
    await createFunction(page, 'AuditTrail', '/opt/tyk/plugins/payments/payments.so');
    await dragTo(page, page.getByRole('button', { name: 'Drag AuditTrail from the palette' }), page.getByTestId('hook-pre'));
    await expect(page.getByTestId('hook-pre').getByText('Accepts this function').or(page.getByTestId('hook-pre').getByText('Release to drop here'))).toBeVisible();
    await page.mouse.up();
    await expect.poll(() => hookNames(page, 'pre')).toEqual(['AddCorrelationID', 'AuditTrail']);
    await expect(message(page)).toContainText('Added AuditTrail to Pre');

    // Reorder within Pre: AuditTrail onto the first card.
    await dragTo(page, page.getByRole('button', { name: /^Drag AuditTrail, Pre position 2/ }), page.getByTestId('fn-pre-0'), 'center');
    await page.mouse.up();
    await expect.poll(() => hookNames(page, 'pre')).toEqual(['AuditTrail', 'AddCorrelationID']);

    // Move AddCorrelationID to Post (the end of it).
    await dragTo(page, page.getByRole('button', { name: /^Drag AddCorrelationID, Pre position 2/ }), page.getByTestId('hook-post'));
    await page.mouse.up();
    await expect.poll(() => hookNames(page, 'post')).toEqual(['MaskCardNumbers', 'AddCorrelationID']);
    expect(await hookNames(page, 'pre')).toEqual(['AuditTrail']);

    // Keyboard only: pick up with Space, one up with the arrow key, drop with Space.
    const handle = page.getByRole('button', { name: /^Drag AddCorrelationID, Post position 2/ });
    await handle.focus();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('hook-auth').getByTestId('zone-refusal')).toBeVisible();
    // dnd-kit listens for the moving keys from a later task on: press again until it announces the move.
    const liveRegion = page.locator('[id^="DndLiveRegion"]');
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await page.keyboard.press('ArrowUp');
      const moved = await liveRegion
        .filter({ hasText: 'Over Post, position 1' })
        .waitFor({ timeout: 2000 })
        .then(() => true, () => false);
      if (moved) break;
    }
    await page.keyboard.press('Space');
    await expect(liveRegion).toContainText('Moved AddCorrelationID to position 1 of 2 in Post');
    await expect.poll(() => hookNames(page, 'post')).toEqual(['AddCorrelationID', 'MaskCardNumbers']);

    // Keyboard only, across hooks without dragging: the "Move to…" menu.
    await page.getByRole('button', { name: 'Move MaskCardNumbers to…' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('list', { name: 'Move to for MaskCardNumbers' })).toBeVisible();
    await page.keyboard.press('Tab'); // Auth (Pre is first and focused; Tab goes on)
    await page.keyboard.press('Tab'); // Post-auth
    await page.keyboard.press('Enter');
    await expect.poll(() => hookNames(page, 'postAuth')).toEqual(['EnforceMerchantScope', 'MaskCardNumbers']);
    await expect.poll(() => hookNames(page, 'post')).toEqual(['AddCorrelationID']);

    // A refused drop: the auth hook holds one function. It says so while dragging, and nothing changes.
    await dragTo(page, page.getByRole('button', { name: /^Drag AuditTrail, Pre position 1/ }), page.getByTestId('hook-auth'), 'center');
    await expect(page.getByTestId('hook-auth').getByTestId('zone-refusal')).toContainText('holds one function');
    await page.mouse.up();
    await expect(message(page)).toContainText('Refused');
    await expect(message(page)).toContainText('holds one function');
    expect(await hookNames(page, 'auth')).toEqual(['VerifyMerchantSignature']);
    expect(await hookNames(page, 'pre')).toEqual(['AuditTrail']);

    // Undo the menu move, redo it.
    await page.getByRole('button', { name: /Undo/ }).click();
    await expect.poll(() => hookNames(page, 'post')).toEqual(['AddCorrelationID', 'MaskCardNumbers']);
    await page.getByRole('button', { name: /Redo/ }).click();
    await expect.poll(() => hookNames(page, 'post')).toEqual(['AddCorrelationID']);
    // And with the keyboard shortcuts.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => hookNames(page, 'post')).toEqual(['AddCorrelationID', 'MaskCardNumbers']);

    const doc = await exportedDefinition(page);
    const cm = doc.custom_middleware as Record<string, unknown>;
    expect(names(cm.pre, 'name')).toEqual(['AuditTrail']);
    expect(names(cm.post, 'name')).toEqual(['AddCorrelationID', 'MaskCardNumbers']);
    expect(names(cm.post_key_auth, 'name')).toEqual(['EnforceMerchantScope']);
  });

  test('Tyk OAS: drag onto Pre, move to Post by keyboard, drop back on the palette, export', async ({ page }) => {
    await openApi(page, 'orders');
    const prePlugins = await hookNames(page, 'pre');
    const postPlugins = await hookNames(page, 'post');
    await createFunction(page, 'TagOrder', '/opt/tyk/plugins/orders/orders.so');
    await dragTo(page, page.getByRole('button', { name: 'Drag TagOrder from the palette' }), page.getByTestId('hook-pre'));
    await page.mouse.up();
    await expect.poll(() => hookNames(page, 'pre')).toEqual([...prePlugins, 'TagOrder']);

    await page.getByRole('button', { name: 'Move TagOrder to…' }).click();
    await page.getByRole('list', { name: 'Move to for TagOrder' }).getByRole('button', { name: 'Post', exact: true }).click();
    await expect.poll(() => hookNames(page, 'post')).toEqual([...postPlugins, 'TagOrder']);
    await page.getByRole('button', { name: `Move TagOrder up` }).click();
    const expectedPost = [...postPlugins.slice(0, -1), 'TagOrder', ...postPlugins.slice(-1)];
    await expect.poll(() => hookNames(page, 'post')).toEqual(expectedPost);

    // Drag the first pre function back onto the palette: it is removed.
    const firstPre = prePlugins[0] ?? '';
    await dragTo(page, page.getByRole('button', { name: new RegExp(`^Drag ${firstPre}, Pre position 1`) }), page.getByTestId('palette').getByRole('heading', { name: 'Functions' }), 'center');
    await page.mouse.up();
    await expect.poll(() => hookNames(page, 'pre')).toEqual(prePlugins.slice(1));

    const doc = await exportedDefinition(page);
    const global = ((doc['x-tyk-api-gateway'] as Record<string, unknown>).middleware as Record<string, unknown>).global as Record<string, unknown>;
    expect(names(global.prePlugins, 'functionName')).toEqual(prePlugins.slice(1));
    expect(names(global.postPlugins, 'functionName')).toEqual(expectedPost);
  });

  test('per endpoint: pick an endpoint, attach a Go plugin to it, trace a request and run it on the gateway', async ({ page }) => {
    await openApi(page, 'orders');
    const endpoint = page.getByLabel('Endpoint', { exact: true });
    // listOrders has no per-endpoint plugin yet (createOrder has one, and an operation runs only its first).
    await endpoint.focus();
    await endpoint.selectOption({ label: 'GET /orders (listOrders)' });
    const [method, path] = ['GET', '/orders'];
    await createFunction(page, 'LimitBasket', '/opt/tyk/plugins/orders/limits.so');
    await page.getByRole('button', { name: 'Add LimitBasket to…' }).click();
    await page.getByRole('button', { name: new RegExp(`^Per-endpoint Go plugin on ${method}`) }).click();
    await expect(page.getByTestId('endpoint-goPlugin').getByText('LimitBasket')).toBeVisible();
    await expect(page.getByTestId('trace-prediction')).toContainText('LimitBasket');

    // A request to another endpoint does not meet it, and says why.
    await page.getByLabel('Method', { exact: true }).selectOption('GET');
    await page.getByLabel('Path under the listen path').fill('/no-such-endpoint');
    await page.getByRole('button', { name: 'Trace' }).click();
    await expect(page.getByTestId('trace-prediction')).not.toContainText('LimitBasket');
    await expect(page.getByTestId('endpoint-goPlugin')).toContainText('only on another endpoint');

    await page.getByLabel('Method', { exact: true }).selectOption(method ?? 'POST');
    await page.getByLabel('Path under the listen path').fill(path ?? '/');
    await page.getByRole('button', { name: 'Trace' }).click();
    await page.getByRole('button', { name: 'Run on gateway' }).click();
    await expect(page.getByTestId('gateway-answer')).toBeVisible();
    // The gateway joins the path onto the listen path (/orders/), and the answer says what it answered.
    await expect(page.getByLabel('Gateway response')).toContainText(`${method} /orders/orders HTTP/1.1`);
    await expect(page.getByTestId('gateway-answer').getByRole('heading').first()).toHaveText(/The gateway answered \d{3}/);
    await expect(page.getByTestId('trace-simulated')).toContainText('Simulated');
    await expect(page.getByLabel('Gateway log lines')).not.toBeEmpty();
    // A new trace never shows the last request's answer.
    await page.getByLabel('Path under the listen path').fill('/orders/42');
    await page.getByRole('button', { name: 'Trace' }).click();
    await expect(page.getByTestId('gateway-answer')).toHaveCount(0);
  });

  test('the pipeline page has no serious or critical accessibility violations', async ({ page }) => {
    await openApi(page, 'payments');
    await page.getByRole('button', { name: /Show \d+ built-in stages of before authentication/ }).click();
    await page.getByRole('button', { name: 'Move AddCorrelationID to…' }).click();
    const results = await new AxeBuilder({ page }).include('main').analyze();
    const bad = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(bad.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  });

  test('stacks vertically on a narrow window', async ({ page }) => {
    await page.setViewportSize({ width: 420, height: 900 });
    await openApi(page, 'payments');
    const palette = await page.getByTestId('palette').boundingBox();
    const pre = await page.getByTestId('hook-pre').boundingBox();
    expect(palette && pre && pre.y > palette.y + palette.height - 1).toBe(true);
  });
});
