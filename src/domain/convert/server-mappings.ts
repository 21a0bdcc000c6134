import { isJsonObject, type JsonObject, type JsonValue } from '../json';
import { isDefault } from './unmapped';

const str = (value: JsonValue | undefined): string => (typeof value === 'string' ? value : '');

/** One auth source (AuthSource.Fill): {enabled, name}, left out when it says nothing. */
function source(enabled: boolean, name: string): JsonObject | undefined {
  return enabled || name !== '' ? { enabled, name } : undefined;
}

/**
 * `auth_configs.coprocess` (where custom auth reads the key: header, query parameter or cookie) →
 * `server.authentication.custom.{header, query, cookie}` (apidef/oas/authentication.go AuthSources.Fill,
 * called by CustomPluginAuthentication.Fill when the config says something).
 */
export function authSourcesToOas(config: JsonValue | undefined): JsonObject {
  if (!isJsonObject(config) || isDefault(config)) return {};
  return fillAuthSources(config);
}

/** AuthSources.Fill itself (authentication.go): JWT, basic auth and HMAC call it on any auth config they find. */
export function fillAuthSources(config: JsonObject): JsonObject {
  const out: JsonObject = {};
  const header = source(config.disable_header !== true, str(config.auth_header_name));
  const cookie = source(config.use_cookie === true, str(config.cookie_name));
  const query = source(config.use_param === true, str(config.param_name));
  if (header) out.header = header;
  if (cookie) out.cookie = cookie;
  if (query) out.query = query;
  return out;
}

/**
 * `server.authentication.custom.{header, query, cookie}` → `auth_configs.coprocess` (AuthSources.ExtractTo;
 * CustomPluginAuthentication.ExtractTo writes nothing when only the header is off, the empty default).
 */
export function authSourcesToClassic(custom: JsonValue | undefined): JsonObject | undefined {
  if (!isJsonObject(custom)) return undefined;
  const config = extractAuthSources(custom);
  const empty = config.disable_header === true && Object.keys(config).length === 1;
  return empty ? undefined : config;
}

/** AuthSources.ExtractTo itself: no header source means the header is off. */
export function extractAuthSources(custom: JsonObject): JsonObject {
  const config: JsonObject = {};
  const header = isJsonObject(custom.header) ? custom.header : undefined;
  config.disable_header = header ? header.enabled !== true : true;
  if (header) config.auth_header_name = str(header.name);
  if (isJsonObject(custom.query)) {
    config.use_param = custom.query.enabled === true;
    config.param_name = str(custom.query.name);
  }
  if (isJsonObject(custom.cookie)) {
    config.use_cookie = custom.cookie.enabled === true;
    config.cookie_name = str(custom.cookie.name);
  }
  return config;
}

/** `proxy.preserve_host_header` / `disable_strip_slash` ↔ `upstream.preserveHostHeader` / `preserveTrailingSlash` {enabled} (apidef/oas/upstream.go). */
export const UPSTREAM_FLAGS = [
  { classic: 'preserve_host_header', oas: 'preserveHostHeader' },
  { classic: 'disable_strip_slash', oas: 'preserveTrailingSlash' },
] as const;

/** Top-level Classic auth fields and their `server.authentication` twins (Authentication.Fill/ExtractTo). */
export const AUTHENTICATION_FIELDS = [
  { classic: 'base_identity_provided_by', oas: 'baseIdentityProvider' },
  { classic: 'strip_auth_data', oas: 'stripAuthorizationData' },
] as const;
