import { isJsonObject, type JsonObject } from '../../json';
import type { Finding } from '../../pipeline/model';

/**
 * Classic flags that switch settings off, and the settings they switch off. The Operator's ApiDefinition
 * has none of these flags: exported without it, the setting would come on, so it is left out instead.
 * (`ip_access_control_disabled`: the gateway runs the allow list when the flag is off and the list is not
 * empty, whatever `enable_ip_whitelisting` says.)
 */
const OFF_SWITCHES: Record<string, readonly string[]> = {
  config_data_disabled: ['config_data'],
  custom_middleware_bundle_disabled: ['custom_middleware_bundle'],
  domain_disabled: ['domain'],
  tags_disabled: ['tags'],
  session_lifetime_disabled: ['session_lifetime'],
  upstream_certificates_disabled: ['upstream_certificates'],
  certificate_pinning_disabled: ['pinned_public_keys'],
  ip_access_control_disabled: [
    'enable_ip_whitelisting',
    'allowed_ips',
    'enable_ip_blacklisting',
    'blacklisted_ips',
  ],
  error_overrides_disabled: ['error_overrides'],
};

/** The fields to leave out because a `*_disabled` flag the CRD lacks switches them off. */
export function switchedOff(doc: JsonObject, known: Record<string, unknown>, notes: Finding[]): Set<string> {
  const skip = new Set<string>();
  for (const [flag, value] of Object.entries(doc)) {
    if (value !== true || Object.hasOwn(known, flag)) continue;
    const fields = Object.hasOwn(OFF_SWITCHES, flag)
      ? (OFF_SWITCHES[flag] ?? [])
      : flag.endsWith('_disabled')
        ? [flag.slice(0, -9)]
        : [];
    for (const field of fields) {
      if (!Object.hasOwn(doc, field) || skip.has(field)) continue;
      skip.add(field);
      notes.push({
        severity: 'warning',
        code: 'operator-disabled-setting',
        message: `"${field}" is switched off here ("${flag}": true), and the Operator's ApiDefinition cannot say so: it is left out, so it stays off.`,
        fix: `Add "${field}" back to the resource when you want it on.`,
        path: [field],
      });
    }
  }
  return skip;
}

/**
 * `custom_plugin_auth_enabled` is not in the CRD, but its twins are and the gateway's chain accepts any of
 * the three: `use_go_plugin_auth` for Go plugins, `enable_coprocess_auth` for every other driver (the
 * co-process auth ignores the Go flag). Returns the doc with the twin switched on, or the doc as it was.
 */
export function customAuthTwin(
  doc: JsonObject,
  known: Record<string, unknown>,
  notes: Finding[],
): JsonObject {
  if (doc.custom_plugin_auth_enabled !== true || Object.hasOwn(known, 'custom_plugin_auth_enabled'))
    return doc;
  const middleware = doc.custom_middleware;
  const driver = isJsonObject(middleware) && typeof middleware.driver === 'string' ? middleware.driver : '';
  const twin = driver === 'goplugin' ? 'use_go_plugin_auth' : 'enable_coprocess_auth';
  notes.push({
    severity: 'info',
    code: 'operator-auth-switch',
    message: `custom_plugin_auth_enabled is written as ${twin}: the CRD has only the older switch, which turns on the same custom auth plugin.`,
    path: ['custom_plugin_auth_enabled'],
  });
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(doc)) {
    const next = key === 'custom_plugin_auth_enabled' ? undefined : value;
    if (next !== undefined)
      Object.defineProperty(out, key, { value: next, enumerable: true, writable: true, configurable: true });
  }
  if (out[twin] !== true)
    Object.defineProperty(out, twin, { value: true, enumerable: true, writable: true, configurable: true });
  return out;
}
