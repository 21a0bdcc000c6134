import { isJsonObject, type JsonObject } from '../json';
import type { Finding } from '../pipeline/model';
import { classicVersions } from '../chain/fields';
import { leftovers } from './unmapped';

/** Classic top-level fields the conversion carries (or that only a Classic store needs). */
const HANDLED = [
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
];

/** Classic settings with no counterpart in the converted OAS definition, each with its path. */
export function classicLeftovers(doc: JsonObject, out: Finding[]): void {
  leftovers(doc, [], HANDLED, 'oas', out);
  leftovers(doc.proxy, ['proxy'], ['listen_path', 'target_url', 'strip_listen_path'], 'oas', out);
  leftovers(
    doc.custom_middleware,
    ['custom_middleware'],
    ['driver', 'pre', 'post', 'post_key_auth', 'response', 'auth_check', 'id_extractor'],
    'oas',
    out,
  );
  const authConfigs = doc.auth_configs;
  if (isJsonObject(authConfigs)) leftovers(authConfigs, ['auth_configs'], ['authToken'], 'oas', out);
  for (const [name, version] of classicVersions(doc)) {
    const base = ['version_data', 'versions', name];
    leftovers(version, base, ['name', 'extended_paths', 'use_extended_paths', 'expires'], 'oas', out);
    leftovers(version.extended_paths, [...base, 'extended_paths'], ['go_plugin', 'virtual'], 'oas', out);
  }
}
