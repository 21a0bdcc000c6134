import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';
import { memoryIo } from './testing/memory-io';

// `convert` on the command line carries what apidef/oas converts for auth and middleware (security.go fillOAuth,
// fillExternalOAuth, authentication.go CustomKeyLifetime, operation.go fillRateLimitEndpoints, root.go errorOverrides),
// and no longer lists those fields as not converted.
const classic = JSON.stringify({
  api_id: 'o1',
  name: 'OAuth API',
  use_keyless: false,
  proxy: { listen_path: '/o/', target_url: 'http://u', strip_listen_path: true },
  version_data: { not_versioned: true, versions: { Default: { name: 'Default', extended_paths: { rate_limit: [{ path: '/x', method: 'GET', rate: 5, per: 1 }] } } } },
  use_oauth2: true,
  auth_configs: { oauth: { name: 'oauth', auth_header_name: 'Authorization' } },
  oauth_meta: { allowed_access_types: ['client_credentials'], allowed_authorize_types: ['token'], auth_login_redirect: '' },
  external_oauth: { enabled: false, providers: [] },
  session_lifetime: 60,
  error_overrides: { '500': [{ response: { status_code: 502 } }] },
  zz_unknown: true,
});

describe('convert, auth and middleware', () => {
  it('Classic → OAS → Classic on the command line keeps OAuth, key lifetime, endpoint rate limits and error overrides', () => {
    const toOas = memoryIo({ 'api.json': classic });
    expect(runCli(['convert', '--to', 'oas', 'api.json'], toOas.io)).toBe(0);
    const oas = JSON.parse(toOas.stdout()) as Record<string, unknown>;
    const text = JSON.stringify(oas);
    expect(text).toContain('"oauth":{"type":"oauth2","flows":{"clientCredentials":{"tokenUrl":"/oauth/token","scopes":{}}}}');
    expect(text).toContain('"customKeyLifetime":{"enabled":true,"value":"1m"}');
    expect(text).toContain('"rateLimit":{"enabled":true,"rate":5,"per":"1s"}');
    expect(text).toContain('"errorOverrides":{"enabled":true,"value":{"500":[{"response":{"statusCode":502}}]}}');
    expect(toOas.stderr().trim().split('\n')).toEqual(['warning not-converted $.zz_unknown $.zz_unknown was not converted to Tyk OAS.']);

    const back = memoryIo({ 'oas.json': toOas.stdout() });
    expect(runCli(['convert', '--to', 'classic', 'oas.json'], back.io)).toBe(0);
    expect(JSON.parse(back.stdout())).toMatchObject({
      use_oauth2: true,
      oauth_meta: { allowed_access_types: ['client_credentials'], allowed_authorize_types: ['token'] },
      session_lifetime: 60,
      error_overrides: { '500': [{ response: { status_code: 502 } }] },
    });
    expect(back.stderr()).toBe('');
  });
});
