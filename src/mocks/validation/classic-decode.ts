import type { JsonValue } from '../../domain/json';
import { isJsonObject } from '../../domain/json';

/**
 * Whether Go's encoding/json would decode a body into apidef.APIDefinition (apidef/api_definitions.go).
 * Unknown fields are ignored there, but a known field of the wrong JSON type fails the whole decode, and
 * the handler answers 400 "Request malformed" (gateway/api.go handleAddApi, handleUpdateApi). The fields
 * below are the ones users and this app write most; the rest are passed through unchecked.
 */
type Shape = 'string' | 'bool' | 'int' | 'number' | 'any-object' | 'string-list' | 'any-list' | { [field: string]: Shape } | [Shape];

const MIDDLEWARE: Shape = { name: 'string', path: 'string', require_session: 'bool', raw_body_only: 'bool', disabled: 'bool' };

const DEFINITION: Shape = {
  api_id: 'string',
  name: 'string',
  slug: 'string',
  org_id: 'string',
  domain: 'string',
  listen_port: 'int',
  protocol: 'string',
  active: 'bool',
  internal: 'bool',
  use_keyless: 'bool',
  use_oauth2: 'bool',
  use_openid: 'bool',
  use_standard_auth: 'bool',
  use_basic_auth: 'bool',
  enable_jwt: 'bool',
  enable_signature_checking: 'bool',
  enable_coprocess_auth: 'bool',
  use_go_plugin_auth: 'bool',
  custom_plugin_auth_enabled: 'bool',
  base_identity_provided_by: 'string',
  do_not_track: 'bool',
  enable_context_vars: 'bool',
  enable_ip_whitelisting: 'bool',
  enable_ip_blacklisting: 'bool',
  allowed_ips: 'string-list',
  blacklisted_ips: 'string-list',
  tags: 'string-list',
  config_data: 'any-object',
  config_data_disabled: 'bool',
  custom_middleware_bundle: 'string',
  custom_middleware_bundle_disabled: 'bool',
  proxy: {
    listen_path: 'string',
    target_url: 'string',
    strip_listen_path: 'bool',
    preserve_host_header: 'bool',
    enable_load_balancing: 'bool',
    target_list: 'string-list',
  },
  custom_middleware: {
    pre: [MIDDLEWARE],
    post: [MIDDLEWARE],
    post_key_auth: [MIDDLEWARE],
    response: [MIDDLEWARE],
    auth_check: MIDDLEWARE,
    driver: 'string',
    id_extractor: 'any-object',
  },
  analytics_plugin: { enable: 'bool', plugin_path: 'string', func_name: 'string' },
  auth_configs: 'any-object',
  version_data: { not_versioned: 'bool', default_version: 'string', versions: 'any-object' },
};

function fits(value: JsonValue | undefined, shape: Shape): boolean {
  // A JSON null decodes into any Go type (it leaves the zero value).
  if (value === undefined || value === null) return true;
  if (typeof shape === 'string') {
    switch (shape) {
      case 'string':
        return typeof value === 'string';
      case 'bool':
        return typeof value === 'boolean';
      case 'int':
        return typeof value === 'number' && Number.isInteger(value);
      case 'number':
        return typeof value === 'number';
      case 'any-object':
        return isJsonObject(value);
      case 'any-list':
        return Array.isArray(value);
      case 'string-list':
        return Array.isArray(value) && value.every((item) => item === null || typeof item === 'string');
    }
  }
  if (Array.isArray(shape)) return Array.isArray(value) && value.every((item) => fits(item, shape[0]));
  if (!isJsonObject(value)) return false;
  return Object.entries(shape).every(([field, fieldShape]) => fits(value[field], fieldShape));
}

/** True when the body is a JSON object the gateway decodes into a Classic definition. */
export function decodesAsClassic(body: JsonValue | undefined): boolean {
  return isJsonObject(body) && fits(body, DEFINITION);
}
