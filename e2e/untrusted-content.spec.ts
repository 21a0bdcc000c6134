import { test, expect, openApiList } from './fixtures';

const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

/** A definition whose every string a page might show is HTML or script. */
const hostile = {
  name: `Hostile ${payload}`,
  api_id: 'hostile-api',
  org_id: '<b>org</b>',
  use_keyless: false,
  custom_plugin_auth_enabled: true,
  proxy: { listen_path: '/hostile/<svg onload=window.__pwned=3>/', target_url: 'javascript:window.__pwned=4', strip_listen_path: true },
  version_data: {
    not_versioned: true,
    versions: {
      Default: {
        name: 'Default',
        extended_paths: {
          go_plugin: [{ path: '/x<script>window.__pwned=5</script>', method: 'GET', plugin_path: 'p.so', func_name: payload }],
        },
      },
    },
  },
  custom_middleware: {
    driver: 'otto',
    pre: [{ name: `Pre${payload}`, path: `<iframe src="javascript:window.__pwned=6">.js`, require_session: false }],
    auth_check: { name: 'Auth<style>*{display:none}</style>', path: 'auth.js' },
    post: [],
  },
  config_data: { '__proto__': { polluted: true }, html: payload },
};

test('a definition full of HTML and script shows as text and runs nothing', async ({ page }) => {
  test.setTimeout(150_000); // it opens every view, Monaco included
  await openApiList(page);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import an API definition' });
  await dialog.getByLabel('Or paste JSON').fill(JSON.stringify(hostile, null, 2));
  await dialog.getByRole('button', { name: 'Open pasted JSON' }).click();

  // The name is shown, as text, character for character.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostile.name);
  const views = page.getByRole('navigation', { name: 'Workspace views' });
  for (const view of ['Pipeline', 'Code', 'Definition', 'Plugin settings']) {
    await views.getByRole('link', { name: view, exact: true }).click();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // No element of the payload made it into the DOM as markup.
    expect(await page.locator('main img[src="x"], main iframe, main svg[onload], main script').count()).toBe(0);
  }
  expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'APIs' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});
