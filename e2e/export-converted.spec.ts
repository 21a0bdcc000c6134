import { readFileSync } from 'node:fs';
import { test, expect, openApiList } from './fixtures';

/**
 * A Classic API with Tyk's own OAuth, external OAuth settings, a key lifetime, an endpoint rate limit, JSON
 * validation and error overrides: the gateway's converter (apidef/oas) carries all of them to Tyk OAS, so the
 * export's report lists only the unknown field.
 */
const classicText = JSON.stringify(
  {
    name: 'Wallet',
    api_id: 'wallet',
    org_id: 'default',
    use_keyless: false,
    zz_unknown_field: true,
    proxy: { listen_path: '/wallet/', target_url: 'http://wallet.internal', strip_listen_path: true },
    version_data: {
      not_versioned: true,
      versions: {
        Default: {
          name: 'Default',
          global_size_limit: 4096,
          extended_paths: {
            rate_limit: [{ path: '/pay', method: 'POST', rate: 10, per: 60 }],
            validate_json: [{ path: '/pay', method: 'POST', schema: { type: 'object' }, error_response_code: 422 }],
          },
        },
      },
    },
    use_oauth2: true,
    auth_configs: { oauth: { name: 'oauth', auth_header_name: 'Authorization' } },
    oauth_meta: { allowed_access_types: ['authorization_code', 'refresh_token'], allowed_authorize_types: ['code'], auth_login_redirect: 'https://login.example/' },
    notifications: { shared_secret: 'shh', oauth_on_keychange_url: 'https://hooks.example/' },
    external_oauth: { enabled: false, providers: [] },
    session_lifetime: 3600,
    tag_headers: ['X-Team'],
    error_overrides: { '500': [{ response: { status_code: 503, body: 'down' } }] },
  },
  null,
  2,
);

test('exporting a Classic API as Tyk OAS carries its OAuth and middleware, and reports only what does not convert', async ({ page }) => {
  await openApiList(page);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import an API definition' });
  await dialog.getByLabel('Choose a file').setInputFiles({ name: 'wallet.json', mimeType: 'application/json', buffer: Buffer.from(classicText) });
  await expect(page.getByRole('heading', { level: 1, name: 'Wallet' })).toBeVisible();

  await page.getByRole('button', { name: /^Export/ }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as Tyk OAS' }).click();
  const oas = JSON.parse(readFileSync(await (await downloading).path(), 'utf8'));
  const x = oas['x-tyk-api-gateway'];
  expect(oas.components.securitySchemes.oauth.flows.authorizationCode.tokenUrl).toBe('/oauth/token');
  expect(x.server.authentication.securitySchemes.oauth).toMatchObject({ enabled: true, refreshToken: true, allowedAuthorizeTypes: ['code'] });
  expect(x.server.authentication.customKeyLifetime).toEqual({ enabled: true, value: '1h' });
  expect(x.middleware.operations.payPOST).toEqual({ validateRequest: { enabled: true, errorResponseCode: 422 }, rateLimit: { enabled: true, rate: 10, per: '1m' } });
  expect(x.middleware.global).toMatchObject({ requestSizeLimit: { enabled: true, value: 4096 }, trafficLogs: { enabled: true, tagHeaders: ['X-Team'] } });
  expect(x.errorOverrides.value['500'][0].response).toEqual({ statusCode: 503, body: 'down' });

  const report = page.getByRole('dialog', { name: /left out/ });
  await expect(report).toBeVisible();
  await expect(report.getByRole('listitem')).toHaveCount(1);
  await expect(report.getByRole('listitem')).toContainText('zz_unknown_field');
});
