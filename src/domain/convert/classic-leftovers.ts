import { isJsonObject, type JsonObject } from '../json';
import type { Finding } from '../pipeline/model';
import { classicVersions } from '../chain/fields';
import { leftovers } from './unmapped';
import { mainVersion } from './classic-endpoints-to-oas';
import { GATEWAY_CLASSIC_FIELDS, GATEWAY_PROXY_FIELDS, GATEWAY_VERSION_FIELDS } from './gateway-settings';
import { MAPPED_CLASSIC_LISTS } from './endpoints-metas';
import { GLOBAL_HEADERS } from './global-mappings';
import { UPSTREAM_FLAGS } from './server-mappings';
import { AUTH_SCHEME_CLASSIC_FIELDS } from './auth-scheme-fields';
import { AUTH_EXTRA_CLASSIC_FIELDS } from './auth-extras';
import { OAUTH_CLASSIC_FIELDS } from './oauth';
import { SECURITY_CLASSIC_FIELDS } from './security-requirements';
import { GLOBAL_EXTRA_CLASSIC_FIELDS, GLOBAL_EXTRA_VERSION_FIELDS } from './global-extras';

/** Classic top-level fields the conversion carries (or that only a Classic store needs). */
const HANDLED = [
  ...GATEWAY_CLASSIC_FIELDS,
  'api_id',
  'org_id',
  'name',
  'active',
  'id',
  'use_keyless',
  'proxy',
  'version_data',
  'custom_middleware',
  'custom_middleware_bundle',
  'custom_middleware_bundle_disabled',
  'config_data',
  'config_data_disabled',
  'custom_plugin_auth_enabled',
  'use_go_plugin_auth',
  'enable_coprocess_auth',
  'analytics_plugin',
  'use_standard_auth',
  'auth',
  'auth_configs',
  'do_not_track',
  'CORS',
  'cache_options',
  'enable_context_vars',
  'disable_rate_limit',
  'disable_quota',
  'dont_set_quota_on_create',
  'base_identity_provided_by',
  'strip_auth_data',
  // Reported by fillClassicAuth when the auth config the gateway needs is missing.
  ...AUTH_SCHEME_CLASSIC_FIELDS,
  ...AUTH_EXTRA_CLASSIC_FIELDS,
  ...OAUTH_CLASSIC_FIELDS,
  'external_oauth',
  ...SECURITY_CLASSIC_FIELDS,
  ...GLOBAL_EXTRA_CLASSIC_FIELDS,
];

/** Version fields the conversion carries (for the main version). */
const VERSION_HANDLED = [
  ...GATEWAY_VERSION_FIELDS,
  'name',
  'extended_paths',
  'use_extended_paths',
  'expires',
  'ignore_endpoint_case',
  ...GLOBAL_HEADERS.flatMap((h) => [h.add, h.remove, h.disabled]),
  ...GLOBAL_EXTRA_VERSION_FIELDS,
];

/** Classic settings with no counterpart in the converted OAS definition, each with its path. */
export function classicLeftovers(doc: JsonObject, out: Finding[]): void {
  leftovers(doc, [], HANDLED, 'oas', out);
  leftovers(doc.proxy, ['proxy'], ['listen_path', 'target_url', 'strip_listen_path', 'service_discovery', ...UPSTREAM_FLAGS.map((f) => f.classic), ...GATEWAY_PROXY_FIELDS], 'oas', out);
  leftovers(
    doc.custom_middleware,
    ['custom_middleware'],
    ['driver', 'pre', 'post', 'post_key_auth', 'response', 'auth_check', 'id_extractor'],
    'oas',
    out,
  );
  const authConfigs = doc.auth_configs;
  if (isJsonObject(authConfigs)) leftovers(authConfigs, ['auth_configs'], ['authToken', 'coprocess', 'jwt', 'basic', 'hmac', 'oidc', 'oauth', 'externalOAuth'], 'oas', out);
  // The JWT and OIDC scopes convert (Scopes.Fill in fillJWT and OIDC.Fill).
  leftovers(doc.scopes, ['scopes'], ['jwt', 'oidc'], 'oas', out);
  const main = mainVersion(doc);
  for (const [name, version] of classicVersions(doc)) {
    const base = ['version_data', 'versions', name];
    if (name !== main) {
      // Only the main version's endpoints convert; its plugins are reported with the endpoint plugins.
      leftovers(version, base, ['name', 'extended_paths', 'use_extended_paths', 'expires'], 'oas', out);
      leftovers(version.extended_paths, [...base, 'extended_paths'], ['go_plugin', 'virtual'], 'oas', out, `only version "${main ?? ''}" is converted`);
      continue;
    }
    leftovers(version, base, VERSION_HANDLED, 'oas', out);
    // The plain cache list is migrated to advance_cache_config only with use_extended_paths (MigrateCachePlugin).
    const cache = version.use_extended_paths === true ? ['cache'] : [];
    leftovers(version.extended_paths, [...base, 'extended_paths'], ['go_plugin', 'virtual', ...MAPPED_CLASSIC_LISTS, ...cache], 'oas', out);
  }
}
