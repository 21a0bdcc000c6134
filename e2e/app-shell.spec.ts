import { test, expect, openApiList } from './fixtures';

test.describe('the app shell on the embedded gateway', () => {
  test('opens and lists the seeded APIs of both formats', async ({ page }) => {
    await openApiList(page);
    await expect(page.getByTestId('connection')).toContainText('Embedded gateway');
    const rows = page.getByRole('row');
    // a header row plus the seeded APIs
    expect(await rows.count()).toBeGreaterThanOrEqual(7);
    await expect(page.getByRole('cell', { name: 'Tyk OAS' }).first()).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Classic' }).first()).toBeVisible();
    // every API shows its driver and plugin count; at least one has plugins
    const counts = await page.locator('tbody tr td:last-child').allInnerTexts();
    expect(counts.some((count) => Number(count) > 0)).toBe(true);
  });

  test('on a phone the header folds its actions behind Menu, which closes on the next page', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApiList(page);
    const menu = page.getByRole('button', { name: 'Menu' });
    await expect(page.getByRole('link', { name: 'Drafts' })).toBeHidden();
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Close menu' })).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Import…' })).toBeFocused();
    await expect(page.getByTestId('connection')).toContainText('Embedded gateway');
    await page.getByRole('link', { name: 'Drafts' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Drafts' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('link', { name: 'Connection' })).toBeHidden();
  });

  test('opens an API by clicking it, and switches tabs', async ({ page }) => {
    await openApiList(page);
    const firstLink = page.getByRole('table').getByRole('link').first();
    const name = (await firstLink.innerText()).trim();
    await firstLink.click();
    await expect(page).toHaveURL(/\/apis\/[^/]+$/);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Pipeline' })).toBeVisible();

    await page.getByRole('navigation', { name: 'Workspace views' }).getByRole('link', { name: 'Definition' }).click();
    await expect(page).toHaveURL(/\/definition$/);
    await expect(page.getByRole('region', { name: 'Definition' })).toBeVisible();

    await page.goBack();
    await expect(page.getByRole('region', { name: 'Pipeline' })).toBeVisible();
  });

  test('opens an API by its URL', async ({ page }) => {
    await openApiList(page);
    const link = page.getByRole('table').getByRole('link').nth(1);
    const href = await link.getAttribute('href');
    const name = (await link.innerText()).trim();
    expect(href).toMatch(/^\/apis\//);
    await page.goto(`${href}/code`);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Code' })).toBeVisible();
  });

  test('shows a clear page for an unknown API id', async ({ page }) => {
    await page.goto('/apis/no-such-api-here');
    await expect(page.getByRole('heading', { name: 'No such API' })).toBeVisible();
    await expect(page.getByText('no-such-api-here')).toBeVisible();
    await page.getByRole('link', { name: /See the gateway/ }).click();
    await expect(page.getByRole('heading', { name: 'APIs' })).toBeVisible();
  });

  test('shows a clear page for an unknown address', async ({ page }) => {
    await page.goto('/nowhere/at/all');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });

  test("the embedded gateway's worker answers the control API, and the page's own files skip it", async ({ page }) => {
    const apiCalls: boolean[] = [];
    const scripts: boolean[] = [];
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (pathname.startsWith('/tyk/')) apiCalls.push(response.fromServiceWorker());
      else if (response.request().resourceType() === 'script') scripts.push(response.fromServiceWorker());
    });
    await openApiList(page);
    // Opening an API and its Code tab loads scripts while the worker is running (Monaco among them).
    await page.getByRole('table').getByRole('link').first().click();
    await page.getByRole('navigation', { name: 'Workspace views' }).getByRole('link', { name: 'Code', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Code' })).toBeVisible();
    expect(apiCalls.length).toBeGreaterThan(0);
    expect(apiCalls.every(Boolean), 'every control API call is answered by the embedded gateway').toBe(true);
    expect(scripts.length).toBeGreaterThan(3);
    expect(scripts.filter(Boolean), 'scripts answered by the worker').toEqual([]);
  });

  test('takes the README screenshot', async ({ page }) => {
    await openApiList(page);
    await page.screenshot({ path: 'docs/screenshot.png' });
  });
});
