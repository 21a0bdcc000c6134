import { expect, openApiList, test } from './fixtures';

// The specs run against `npm run serve` (playwright.config.ts): every page here is under its policy.
test('the app is served with a strict Content-Security-Policy and no sniffing', async ({ page }) => {
  const response = await page.goto('/apis/orders/definition');
  const headers = response?.headers() ?? {};
  expect(headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  // Monaco and its JSON worker run under it: the editor validates as the user types.
  await expect(page.getByText('Valid JSON: edits here update the pipeline.')).toBeVisible();
  await openApiList(page);
});
