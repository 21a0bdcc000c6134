import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openApiList } from './fixtures';

/** A Classic API with the upstream and server settings the gateway's converter carries (apidef/oas upstream.go, server.go). */
const classic = {
  name: 'Settings Carried',
  api_id: 'settings-carried',
  org_id: 'default',
  use_keyless: true,
  slug: 'settings-carried',
  proxy: { listen_path: '/carried/', target_url: 'http://carried.internal', strip_listen_path: true },
  version_data: { not_versioned: true, versions: { Default: { name: 'Default' } } },
  uptime_tests: { disabled: false, check_list: [{ url: 'http://carried.internal/health', protocol: 'http', timeout: 2000000000, method: 'GET' }], config: { recheck_wait: 10 } },
  global_rate_limit: { rate: 100, per: 60 },
  detailed_tracing: true,
  tags: ['edge'],
  event_handlers: { events: { HostDown: [{ handler_name: 'eh_log_handler', handler_meta: { prefix: 'down' } }] } },
};

async function exportAsOas(page: Page) {
  await page.getByRole('button', { name: /^Export/ }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as Tyk OAS' }).click();
  return JSON.parse(readFileSync(await (await downloading).path(), 'utf8'));
}

test('converting to Tyk OAS carries the upstream and server settings; only what Tyk cannot convert is listed', async ({ page }) => {
  await openApiList(page);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import an API definition' });
  await dialog.getByLabel('Choose a file').setInputFiles({ name: 'carried.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(classic, null, 2)) });
  await expect(page.getByRole('heading', { level: 1, name: 'Settings Carried' })).toBeVisible();

  const x = (await exportAsOas(page))['x-tyk-api-gateway'];
  expect(x.upstream.uptimeTests).toEqual({ enabled: true, tests: [{ url: 'http://carried.internal/health', timeout: '2s', method: 'GET', enableProxyProtocol: false }], hostDownRetestPeriod: '10s' });
  expect(x.upstream.rateLimit).toEqual({ enabled: true, rate: 100, per: '1m' });
  expect(x.server).toMatchObject({ detailedTracing: { enabled: true }, gatewayTags: { enabled: true, tags: ['edge'] } });
  expect(x.server.eventHandlers).toEqual([{ enabled: true, trigger: 'HostDown', type: 'log', name: 'down', logPrefix: 'down' }]);

  // The report lists the slug, which Tyk OAS has no field for, and none of the settings carried over.
  const report = page.getByRole('dialog', { name: /left out/ });
  await expect(report).toBeVisible();
  await expect(report.getByRole('listitem')).toHaveCount(1);
  await expect(report.getByRole('listitem')).toContainText('$.slug');
  await expect(report).not.toContainText('uptime_tests');
});
