import { isJsonObject, type JsonObject } from '../json';
import type { Finding } from '../pipeline/model';
import { mainVersion } from './classic-endpoints-to-oas';
import { migratedExtendedPaths } from './classic-migrate';
import { classicMetasToOas } from './endpoints-metas';
import { fillPairs, GLOBAL_FLAGS, GLOBAL_HEADERS, GLOBAL_OBJECTS, headersToOas } from './global-mappings';
import { AUTHENTICATION_FIELDS, authSourcesToOas, UPSTREAM_FLAGS } from './server-mappings';
import { serviceDiscoveryToOas } from './service-discovery';
import { fillGlobalExtras } from './global-extras';

const child = (parent: JsonObject, key: string): JsonObject => {
  const existing = parent[key];
  if (isJsonObject(existing)) return existing;
  const made: JsonObject = {};
  parent[key] = made;
  return made;
};

/**
 * What the gateway's converter (apidef/oas Fill) carries beyond plugins, into the OAS extension `x` and
 * `paths`: CORS, cache, context variables, ignore case, rate limit and quota skips, global headers,
 * upstream flags, base identity, strip auth data, custom auth's key sources, and the main version's
 * endpoint settings (allow and block lists, transforms, mocks, caches, timeouts, …) as operations.
 */
export function fillClassicExtras(doc: JsonObject, x: JsonObject, paths: JsonObject, operations: JsonObject, unmapped: Finding[]): void {
  const middleware = child(x, 'middleware');
  const global = child(middleware, 'global');
  for (const { classic, oas, pairs, required } of GLOBAL_OBJECTS) {
    const filled = fillPairs(doc[classic], pairs, [...required]);
    if (filled) global[oas] = filled;
  }
  for (const { classic, oas, shape } of GLOBAL_FLAGS) {
    if (doc[classic] === true) global[oas] = shape === 'flag' ? true : { enabled: true };
  }
  const name = mainVersion(doc);
  const versions = isJsonObject(doc.version_data) && isJsonObject(doc.version_data.versions) ? doc.version_data.versions : {};
  const version = name !== undefined && isJsonObject(versions[name]) ? versions[name] : undefined;
  if (version) {
    if (version.ignore_endpoint_case === true) global.ignoreCase = { enabled: true };
    for (const fields of GLOBAL_HEADERS) {
      const headers = headersToOas(version, fields);
      if (headers) global[fields.oas] = headers;
    }
    const base = ['version_data', 'versions', name as string, 'extended_paths'];
    classicMetasToOas(migratedExtendedPaths(doc, version), base, paths, operations, unmapped);
  }
  fillGlobalExtras(doc, version, global, x);
  if (Object.keys(global).length === 0) delete middleware.global;
  const proxy = isJsonObject(doc.proxy) ? doc.proxy : {};
  const upstream = child(x, 'upstream');
  for (const { classic, oas } of UPSTREAM_FLAGS) if (proxy[classic] === true) upstream[oas] = { enabled: true };
  const discovery = serviceDiscoveryToOas(proxy.service_discovery);
  if (discovery) upstream.serviceDiscovery = discovery;
  const authentication = child(child(x, 'server'), 'authentication');
  for (const { classic, oas } of AUTHENTICATION_FIELDS) {
    const value = doc[classic];
    if (value !== undefined && value !== '' && value !== false) authentication[oas] = value;
  }
  const sources = authSourcesToOas(isJsonObject(doc.auth_configs) ? doc.auth_configs.coprocess : undefined);
  if (Object.keys(sources).length) {
    const custom = child(authentication, 'custom');
    if (custom.enabled === undefined) custom.enabled = doc.custom_plugin_auth_enabled === true;
    Object.assign(custom, sources);
  }
}
