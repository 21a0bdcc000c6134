import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { createFunction, openApi, pickFromMenu, status } from './pipeline-helpers';

test.describe('the pipeline as a flow diagram', () => {
  test.describe.configure({ timeout: 180_000 });

  test('per endpoint: pick an endpoint, attach a Go plugin to it, trace a request drawn on the diagram, run it on the gateway', async ({ page }) => {
    await openApi(page, 'orders');
    const endpoint = page.getByRole('combobox', { name: 'Endpoint', exact: true });
    // listOrders has no per-endpoint plugin yet (createOrder has one, and an operation runs only its first).
    await endpoint.focus();
    await endpoint.selectOption({ label: 'GET /orders (listOrders)' });
    const [method, path] = ['GET', '/orders'];
    await createFunction(page, 'LimitBasket', '/opt/tyk/plugins/orders/limits.so');
    await pickFromMenu(page, 'Add LimitBasket to…', `Per-endpoint Go plugin on ${method} ${path}`);
    await expect(page.getByTestId('endpoint-goPlugin').getByText('LimitBasket')).toBeVisible();
    await expect(page.getByTestId('trace-prediction')).toContainText('LimitBasket');

    // A request to another endpoint does not meet it: the diagram dims it with the reason.
    await page.getByLabel('Method', { exact: true }).selectOption('GET');
    await page.getByLabel('Path under the listen path').fill('/no-such-endpoint');
    await page.getByRole('button', { name: 'Trace' }).click();
    const diagram = page.getByTestId('flow-diagram');
    await expect(diagram).toHaveAttribute('data-tracing', '');
    await expect(page.getByTestId('trace-legend')).toBeVisible();
    await expect(page.getByTestId('trace-prediction')).not.toContainText('LimitBasket');
    await expect(page.getByTestId('endpoint-goPlugin')).toContainText('only on another endpoint');

    // The trace on the diagram: what the request meets is lit, what it skips says why, chip by chip.
    await page.getByLabel('Path under the listen path').fill(path);
    await page.getByRole('button', { name: 'Trace' }).click();
    await expect(page.getByTestId('hook-pre').locator('li[data-runs="true"]').first()).toBeVisible();
    await expect(page.getByTestId('upstream-node')).toHaveAttribute('data-state', 'active');
    const skippedChip = diagram.locator('button[data-chip][data-state="inactive"]').first();
    await skippedChip.focus();
    const tip = page.getByRole('tooltip').filter({ hasText: /^Skipped: / });
    await expect(tip).toBeVisible();
    await expect(skippedChip).toHaveAccessibleDescription(/^Skipped: \S/);
    const metChip = diagram.locator('button[data-chip][data-state="active"]').first();
    await expect(metChip).toHaveAccessibleDescription(/^Met: \S/);

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

  test('the phases run left to right on a wide window, with the hooks side by side', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openApi(page, 'payments');
    const boxes = await Promise.all(['pre', 'auth', 'postAuth', 'post'].map((hook) => page.getByTestId(`hook-${hook}`).boundingBox()));
    const xs = boxes.map((box) => box?.x ?? 0);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    const tops = boxes.map((box) => Math.round(box?.y ?? 0));
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(4);
    // From 1440 px the palette sits beside the diagram, and the inspector takes its place when a card is selected.
    await expect(page.getByTestId('palette')).toBeVisible();
    await page.getByRole('button', { name: /^MaskCardNumbers, Post position/ }).click();
    await expect(page.getByTestId('inspector')).toContainText('Post hook, position 1 of 1');
    await expect(page.getByTestId('palette')).toBeHidden();
  });

  test('on a phone the flow is vertical, a hook is on the first screen, and the functions are a drawer', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApi(page, 'payments');
    const pre = await page.getByTestId('hook-pre').boundingBox();
    expect(pre && pre.y + 40 < 844).toBe(true);
    const auth = await page.getByTestId('hook-auth').boundingBox();
    expect(pre && auth && auth.y > pre.y + pre.height).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await expect(page.getByTestId('palette')).toBeHidden();
    await page.getByRole('button', { name: /^Functions \(\d+\)$/ }).first().click();
    await expect(page.getByTestId('palette')).toBeVisible();
    await pickFromMenu(page, 'Add RedactPAN to…', 'Post');
    await expect(status(page)).toContainText('Added RedactPAN to Post');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('palette')).toBeHidden();
  });

  test('the pipeline page has no accessibility violations', async ({ page }) => {
    await openApi(page, 'payments');
    await page.getByRole('button', { name: 'Actions for AddCorrelationID' }).click();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  });
});
