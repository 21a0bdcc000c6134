import type { JsonObject, JsonValue } from '../domain/json';
import { isJsonObject } from '../domain/json';

/**
 * What a definition looks like once the gateway has loaded it and answers GET with it: a Classic one is
 * Go's encoding of apidef.APIDefinition (every field, zero values included: apidef/api_definitions.go), an
 * OAS one is rebuilt from the loaded definition (gateway/api.go handleGetAPI: spec.OAS.Fill), which drops
 * what the Go types do not hold. Only the fields users meet most are filled in here; the point is that the
 * served copy is not byte for byte what was sent, as on a real gateway.
 */

const MIDDLEWARE_ENTRY: JsonObject = { disabled: false, name: '', path: '', require_session: false, raw_body_only: false };

/** Zero values of apidef.APIDefinition fields (no omitempty), in the struct's order. */
const CLASSIC_DEFAULTS: JsonObject = {
  api_id: '',
  name: '',
  slug: '',
  listen_port: 0,
  protocol: '',
  enable_proxy_protocol: false,
  org_id: '',
  use_keyless: false,
  use_oauth2: false,
  use_openid: false,
  enable_coprocess_auth: false,
  custom_plugin_auth_enabled: false,
  use_go_plugin_auth: false,
  use_standard_auth: false,
  use_basic_auth: false,
  enable_jwt: false,
  enable_signature_checking: false,
  base_identity_provided_by: '',
  do_not_track: false,
  enable_context_vars: false,
  config_data: {},
  config_data_disabled: false,
  tag_headers: [],
  enable_ip_whitelisting: false,
  allowed_ips: [],
  enable_ip_blacklisting: false,
  blacklisted_ips: [],
  custom_middleware_bundle: '',
  custom_middleware_bundle_disabled: false,
  active: false,
  internal: false,
  domain: '',
  tags: [],
  is_oas: false,
};

const CUSTOM_MIDDLEWARE_DEFAULTS: JsonObject = {
  pre: [],
  post: [],
  post_key_auth: [],
  auth_check: MIDDLEWARE_ENTRY,
  response: [],
  driver: '',
  id_extractor: { disabled: false, extract_from: '', extract_with: '', extractor_config: {} },
};

const PROXY_DEFAULTS: JsonObject = {
  preserve_host_header: false,
  listen_path: '',
  target_url: '',
  disable_strip_slash: false,
  strip_listen_path: false,
  enable_load_balancing: false,
  target_list: [],
  check_host_against_uptime_tests: false,
};

/** Defaults under the object's own keys: Go fills missing fields with zero values, nulls included. */
function withDefaults(value: JsonValue | undefined, defaults: JsonObject): JsonObject {
  const given = isJsonObject(value) ? value : {};
  const out: JsonObject = { ...structuredClone(defaults) };
  for (const [key, field] of Object.entries(given)) if (field !== null || !(key in defaults)) out[key] = field;
  return out;
}

function entries(value: JsonValue | undefined): JsonValue[] {
  return Array.isArray(value) ? value.map((entry) => withDefaults(entry, MIDDLEWARE_ENTRY)) : [];
}

/** A Classic definition as GET answers with it after a reload. */
export function normaliseClassic(doc: JsonObject): JsonObject {
  const out = withDefaults(doc, CLASSIC_DEFAULTS);
  const middleware = withDefaults(doc.custom_middleware, CUSTOM_MIDDLEWARE_DEFAULTS);
  for (const hook of ['pre', 'post', 'post_key_auth', 'response']) middleware[hook] = entries(middleware[hook]);
  middleware.auth_check = withDefaults(middleware.auth_check, MIDDLEWARE_ENTRY);
  out.custom_middleware = middleware;
  out.proxy = withDefaults(doc.proxy, PROXY_DEFAULTS);
  out.analytics_plugin = isJsonObject(doc.analytics_plugin) ? doc.analytics_plugin : {};
  return out;
}

/** Keys of a plugin entry that the gateway's Go type lacks: dropped on write (apidef/oas/middleware.go). */
const UNKNOWN_PLUGIN_KEYS = ['pluginId', 'pluginHash'];
const HOOK_LISTS = ['prePlugins', 'postAuthenticationPlugins', 'postPlugins', 'responsePlugins'];

function dropUnknownPluginKeys(list: JsonValue | undefined): void {
  if (!Array.isArray(list)) return;
  for (const entry of list) if (isJsonObject(entry)) for (const key of UNKNOWN_PLUGIN_KEYS) delete entry[key];
}

/**
 * An OAS document as GET answers with it after a reload: `customPluginAuthentication` (a Go type name, not
 * a key: apidef/oas/authentication.go) and the plugin keys the Go types lack are gone.
 */
export function normaliseOas(doc: JsonObject): JsonObject {
  const out = structuredClone(doc);
  const ext = out['x-tyk-api-gateway'];
  if (!isJsonObject(ext)) return out;
  const server = isJsonObject(ext.server) ? ext.server : undefined;
  const authentication = server && isJsonObject(server.authentication) ? server.authentication : undefined;
  if (authentication) delete authentication.customPluginAuthentication;
  const middleware = isJsonObject(ext.middleware) ? ext.middleware : undefined;
  const global = middleware && isJsonObject(middleware.global) ? middleware.global : undefined;
  if (global) for (const hook of HOOK_LISTS) dropUnknownPluginKeys(global[hook]);
  return out;
}
