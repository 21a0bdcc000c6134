import { isJsonObject, type JsonObject } from '../json';
import type { Finding, PluginModel } from '../pipeline/model';
import { objectAt, tykExtension } from '../chain/fields';
import { oasMetasToClassic } from './endpoints-metas';
import { extractPairs, GLOBAL_FLAGS, GLOBAL_HEADERS, GLOBAL_OBJECTS, headersToClassic } from './global-mappings';
import { AUTHENTICATION_FIELDS, authSourcesToClassic, UPSTREAM_FLAGS } from './server-mappings';
import { serviceDiscoveryToClassic } from './service-discovery';
import { extractGlobalExtras } from './global-extras';

/**
 * What the gateway's converter (apidef/oas ExtractTo) carries back beyond plugins: CORS, cache, context
 * variables, skips, ignore case and global headers (into the main version), upstream flags, base identity,
 * strip auth data, custom auth's key sources, and the operations' endpoint settings (into `extended_paths`,
 * beside the per-endpoint plugins already there).
 */
export function extractOasExtras(doc: JsonObject, model: PluginModel, out: JsonObject, version: JsonObject, extendedPaths: JsonObject, unmapped: Finding[]): void {
  const x = tykExtension(doc);
  const global = objectAt(x, 'middleware', 'global');
  for (const { classic, oas, pairs } of GLOBAL_OBJECTS) {
    const extracted = extractPairs(global?.[oas], pairs);
    if (extracted) out[classic] = extracted;
  }
  for (const { classic, oas, shape } of GLOBAL_FLAGS) {
    const value = global?.[oas];
    if (value === undefined) continue;
    out[classic] = shape === 'flag' ? value === true : isJsonObject(value) && value.enabled === true;
  }
  if (isJsonObject(global?.ignoreCase)) version.ignore_endpoint_case = global.ignoreCase.enabled === true;
  for (const fields of GLOBAL_HEADERS) {
    const value = global?.[fields.oas];
    if (isJsonObject(value)) Object.assign(version, headersToClassic(value, fields));
  }
  const upstream = objectAt(x, 'upstream');
  const proxy = isJsonObject(out.proxy) ? out.proxy : {};
  for (const { classic, oas } of UPSTREAM_FLAGS) {
    const flag = upstream?.[oas];
    if (isJsonObject(flag)) proxy[classic] = flag.enabled === true;
  }
  const discovery = serviceDiscoveryToClassic(upstream?.serviceDiscovery);
  if (discovery) proxy.service_discovery = discovery;
  const authentication = objectAt(x, 'server', 'authentication');
  for (const { classic, oas } of AUTHENTICATION_FIELDS) {
    if (authentication?.[oas] !== undefined) out[classic] = authentication[oas];
  }
  const coprocess = authSourcesToClassic(authentication?.custom);
  if (coprocess) out.auth_configs = { ...(isJsonObject(out.auth_configs) ? out.auth_configs : {}), coprocess };
  Object.assign(extendedPaths, oasMetasToClassic(doc, model, unmapped));
  extractGlobalExtras(x, out, version);
}
