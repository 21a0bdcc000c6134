import { test, expect } from './fixtures';
import {
  aimAt,
  arrowUntil,
  card,
  createFunction,
  dragAnnouncer,
  dragTo,
  exportedDefinition,
  hookNames,
  names,
  openApi,
  paletteEntry,
  pickFromMenu,
  pickUp,
  showPalette,
  status,
} from './pipeline-helpers';

test.describe('dragging plugin functions onto hooks', () => {
  // Long user journeys on a shared, busy machine: give each the time a slow runner needs.
  test.describe.configure({ timeout: 180_000 });

  test('Classic: drag by the card body with an insertion line, move, keyboard move, refusal, undo/redo, export', async ({ page }) => {
    await openApi(page, 'payments');
    expect(await hookNames(page, 'pre')).toEqual(['AddCorrelationID']);
    expect(await hookNames(page, 'post')).toEqual(['MaskCardNumbers']);

    // Mouse drag from the palette, by the entry's body, onto Pre (its end).
    await createFunction(page, 'AuditTrail', '/opt/tyk/plugins/payments/payments.so');
    await dragTo(page, paletteEntry(page, 'AuditTrail'), page.getByTestId('hook-pre'));
    await expect(page.getByTestId('hook-pre').getByText('Release to drop here')).toBeVisible();
    await page.mouse.up();
    await expect.poll(() => hookNames(page, 'pre')).toEqual(['AddCorrelationID', 'AuditTrail']);
    await expect(status(page)).toContainText('Added AuditTrail to Pre');

    // Reorder within Pre by the card's body: over the top half of the first card, the line is drawn above it.
    await pickUp(page, card(page, 'AuditTrail', 'Pre'));
    expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');
    await aimAt(page, page.getByTestId('fn-pre-0'), 'top');
    await expect(page.getByTestId('fn-pre-0').getByTestId('insertion-line')).toBeVisible();
    await expect(page.getByTestId('drag-preview')).toContainText('AuditTrail');
    await page.mouse.up();
    await expect.poll(() => hookNames(page, 'pre')).toEqual(['AuditTrail', 'AddCorrelationID']);

    // Move AddCorrelationID to Post (the end of it); the hook under the pointer stands out from the others.
    await pickUp(page, card(page, 'AddCorrelationID', 'Pre'));
    await aimAt(page, page.getByTestId('hook-post'), 'bottom');
    await expect(page.getByTestId('hook-post')).toHaveAttribute('data-drop-over', '');
    await expect(page.getByTestId('hook-response')).not.toHaveAttribute('data-drop-over');
    const style = (hook: string) => page.getByTestId(`hook-${hook}`).evaluate((element) => getComputedStyle(element).boxShadow + getComputedStyle(element).borderStyle);
    expect(await style('post')).not.toBe(await style('response'));
    await page.mouse.up();
    await expect.poll(() => hookNames(page, 'post')).toEqual(['MaskCardNumbers', 'AddCorrelationID']);
    expect(await hookNames(page, 'pre')).toEqual(['AuditTrail']);

    // Keyboard only: pick up with Space, one up with the arrow key, drop with Space.
    await card(page, 'AddCorrelationID', 'Post').focus();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('hook-auth').getByTestId('zone-refusal')).toBeVisible();
    await arrowUntil(page, 'ArrowUp', /^Over Post, position 1 of 2\./);
    await page.keyboard.press('Space');
    await expect(status(page)).toContainText('Moved AddCorrelationID to position 1 of 2 in Post');
    await expect.poll(() => hookNames(page, 'post')).toEqual(['AddCorrelationID', 'MaskCardNumbers']);

    // Without dragging: the card's menu, by keyboard.
    await page.getByRole('button', { name: 'Actions for MaskCardNumbers' }).focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'Actions for MaskCardNumbers' });
    await expect(menu).toBeVisible();
    await menu.getByRole('menuitem', { name: 'Post-auth', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => hookNames(page, 'postAuth')).toEqual(['EnforceMerchantScope', 'MaskCardNumbers']);
    await expect.poll(() => hookNames(page, 'post')).toEqual(['AddCorrelationID']);

    // A refused drop: the auth hook holds one function. It says so while dragging, and nothing changes.
    await dragTo(page, card(page, 'AuditTrail', 'Pre'), page.getByTestId('hook-auth'), 'center');
    await expect(page.getByTestId('hook-auth').getByTestId('zone-refusal')).toContainText('holds one function');
    await page.mouse.up();
    await expect(status(page)).toContainText('Refused');
    await expect(status(page)).toContainText('holds one function');
    expect(await hookNames(page, 'auth')).toEqual(['VerifyMerchantSignature']);
    expect(await hookNames(page, 'pre')).toEqual(['AuditTrail']);

    // Undo the menu move (its message goes), redo it (its message comes back).
    await page.getByRole('button', { name: /Undo/ }).click();
    await expect.poll(() => hookNames(page, 'post')).toEqual(['AddCorrelationID', 'MaskCardNumbers']);
    await expect(status(page)).toBeEmpty();
    await page.getByRole('button', { name: /Redo/ }).click();
    await expect.poll(() => hookNames(page, 'post')).toEqual(['AddCorrelationID']);
    await expect(status(page)).toContainText('Moved MaskCardNumbers to Post-auth');
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

  test('keyboard only: a palette entry onto Post with Space, arrows and Space, then export shows it', async ({ page }) => {
    await openApi(page, 'payments');
    await createFunction(page, 'StampReceipt', '/opt/tyk/plugins/payments/payments.so');
    await paletteEntry(page, 'StampReceipt').focus();
    await page.keyboard.press('Space');
    await expect(dragAnnouncer(page)).toHaveText(/^Over the palette/);
    // Right goes hook by hook (to each one's end), saying where and whether it would take the function.
    await arrowUntil(page, 'ArrowRight', /^Over Post, position 2 of 2\.$/);
    await page.keyboard.press('Space');
    await expect(status(page)).toHaveText(/Added StampReceipt to Post, position 2 of 2\./);
    await expect.poll(() => hookNames(page, 'post')).toEqual(['MaskCardNumbers', 'StampReceipt']);

    // Escape cancels a keyboard drag and says so.
    await card(page, 'StampReceipt', 'Post').focus();
    await page.keyboard.press('Space');
    await arrowUntil(page, 'ArrowUp', /^Over Post, position 1 of 2\./);
    await page.keyboard.press('Escape');
    await expect(status(page)).toContainText('Cancelled. StampReceipt stays where it was');
    expect(await hookNames(page, 'post')).toEqual(['MaskCardNumbers', 'StampReceipt']);

    // Escape again closes the functions drawer (below 1440 px it is one), and the toolbar is in reach.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('palette')).toBeHidden();
    const doc = await exportedDefinition(page);
    expect(names((doc.custom_middleware as Record<string, unknown>).post, 'name')).toEqual(['MaskCardNumbers', 'StampReceipt']);
  });

  test('Tyk OAS: drag onto Pre, move to Post from the menu, drop back on the palette, export', async ({ page }) => {
    await openApi(page, 'orders');
    const prePlugins = await hookNames(page, 'pre');
    const postPlugins = await hookNames(page, 'post');
    await createFunction(page, 'TagOrder', '/opt/tyk/plugins/orders/orders.so');
    await dragTo(page, paletteEntry(page, 'TagOrder'), page.getByTestId('hook-pre'));
    await page.mouse.up();
    await expect.poll(() => hookNames(page, 'pre')).toEqual([...prePlugins, 'TagOrder']);

    await pickFromMenu(page, 'Actions for TagOrder', 'Post');
    await expect.poll(() => hookNames(page, 'post')).toEqual([...postPlugins, 'TagOrder']);
    await pickFromMenu(page, 'Actions for TagOrder', 'Move up');
    const expectedPost = [...postPlugins.slice(0, -1), 'TagOrder', ...postPlugins.slice(-1)];
    await expect.poll(() => hookNames(page, 'post')).toEqual(expectedPost);

    // Drag the first pre function back onto the palette (a drawer below 1440 px): it is removed.
    await showPalette(page);
    const firstPre = prePlugins[0] ?? '';
    await dragTo(page, card(page, firstPre, 'Pre'), page.getByTestId('palette'), 'center');
    await page.mouse.up();
    await expect.poll(() => hookNames(page, 'pre')).toEqual(prePlugins.slice(1));
    await page.keyboard.press('Escape');

    const doc = await exportedDefinition(page);
    const global = ((doc['x-tyk-api-gateway'] as Record<string, unknown>).middleware as Record<string, unknown>).global as Record<string, unknown>;
    expect(names(global.prePlugins, 'functionName')).toEqual(prePlugins.slice(1));
    expect(names(global.postPlugins, 'functionName')).toEqual(expectedPost);
  });

  test('a hook that can take nothing says why before any drag, and refuses the drop with the same reason', async ({ page }) => {
    await openApi(page, 'public-catalogue');
    const lock = page.getByTestId('hook-postAuth').getByTestId('hook-lock');
    await expect(lock).toContainText('keyless');
    await expect(page.getByTestId('hook-auth').getByTestId('hook-lock')).toContainText('keyless');
    // It sets no plugin driver either: every request hook says so.
    await expect(page.getByTestId('hook-pre').getByTestId('hook-lock')).toContainText('No plugin driver');
    const reason = ((await lock.textContent()) ?? '').replace(/^Locked:\s*/, '');

    await createFunction(page, 'CountVisits', '/opt/tyk/plugins/catalogue/visits.js');
    await dragTo(page, paletteEntry(page, 'CountVisits'), page.getByTestId('hook-postAuth'), 'center');
    await expect(page.getByTestId('hook-postAuth').getByTestId('zone-refusal')).toContainText(reason);
    await page.mouse.up();
    await expect(status(page)).toContainText(reason);
    expect(await hookNames(page, 'postAuth')).toEqual([]);
  });
});
