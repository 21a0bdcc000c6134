import { isJsonObject, type JsonObject, type JsonValue } from '../json';
import { isDefault } from './unmapped';

/** `proxy.service_discovery` fields and their `upstream.serviceDiscovery` names (apidef/oas/upstream.go ServiceDiscovery). */
const FIELDS: [classic: string, oas: string][] = [
  ['use_discovery_service', 'enabled'],
  ['endpoint_returns_list', 'endpointReturnsList'],
  ['parent_data_path', 'parentDataPath'],
  ['query_endpoint', 'queryEndpoint'],
  ['target_path', 'targetPath'],
  ['use_target_list', 'useTargetList'],
  ['use_nested_query', 'useNestedQuery'],
  ['data_path', 'dataPath'],
  ['port_data_path', 'portDataPath'],
];

const num = (value: JsonValue | undefined): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/**
 * ServiceDiscovery.Fill: the fields as they are, and a `cache` {enabled, timeout} only when discovery and its
 * cache are both on (`cache_disabled` false); left out when it says nothing (ShouldOmit).
 */
export function serviceDiscoveryToOas(classic: JsonValue | undefined): JsonObject | undefined {
  if (!isJsonObject(classic)) return undefined;
  const out: JsonObject = {};
  for (const [from, to] of FIELDS) {
    const value = classic[from];
    if (value !== undefined && !isDefault(value)) out[to] = value;
  }
  if (classic.use_discovery_service === true && classic.cache_disabled !== true) {
    out.cache = { enabled: true, timeout: num(classic.cache_timeout) };
  }
  if (Object.keys(out).length === 0) return undefined;
  return { enabled: classic.use_discovery_service === true, ...out };
}

/** ServiceDiscovery.ExtractTo: the cache is off unless `cache.enabled` (or an old `cacheTimeout` above 0), and always off without discovery. */
export function serviceDiscoveryToClassic(oas: JsonValue | undefined): JsonObject | undefined {
  if (!isJsonObject(oas)) return undefined;
  const out: JsonObject = {};
  // Fields the OAS object leaves out read as Go's zero values on the Classic side too.
  for (const [to, from] of FIELDS) if (oas[from] !== undefined) out[to] = oas[from];
  const cache = isJsonObject(oas.cache) ? oas.cache : undefined;
  const timeout = cache ? num(cache.timeout) : num(oas.cacheTimeout);
  const enabled = cache ? cache.enabled === true : num(oas.cacheTimeout) > 0;
  out.cache_disabled = oas.enabled === true ? !enabled : true;
  out.cache_timeout = timeout;
  return out;
}
