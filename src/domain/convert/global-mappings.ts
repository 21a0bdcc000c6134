import { isJsonObject, type JsonObject, type JsonValue } from '../json';
import { isDefault } from './unmapped';

/** One Classic field and its Tyk OAS twin: `to` turns the Classic value into the OAS one, `from` back. */
interface FieldPair {
  classic: string;
  oas: string;
  to?: (value: JsonValue) => JsonValue;
  from?: (value: JsonValue) => JsonValue;
}

/** apidef/oas/middleware.go CORS.Fill/ExtractTo: `CORS` ↔ `middleware.global.cors`. */
const CORS: FieldPair[] = [
  { classic: 'enable', oas: 'enabled' },
  { classic: 'max_age', oas: 'maxAge' },
  { classic: 'allow_credentials', oas: 'allowCredentials' },
  { classic: 'exposed_headers', oas: 'exposedHeaders' },
  { classic: 'allowed_headers', oas: 'allowedHeaders' },
  { classic: 'options_passthrough', oas: 'optionsPassthrough' },
  { classic: 'debug', oas: 'debug' },
  { classic: 'allowed_origins', oas: 'allowedOrigins' },
  { classic: 'allowed_methods', oas: 'allowedMethods' },
];

/** apidef/oas/middleware.go Cache.Fill/ExtractTo: `cache_options` ↔ `middleware.global.cache`. */
const CACHE: FieldPair[] = [
  { classic: 'enable_cache', oas: 'enabled' },
  { classic: 'cache_timeout', oas: 'timeout' },
  { classic: 'cache_all_safe_requests', oas: 'cacheAllSafeRequests' },
  { classic: 'cache_response_codes', oas: 'cacheResponseCodes' },
  { classic: 'cache_by_headers', oas: 'cacheByHeaders' },
  { classic: 'enable_upstream_cache_control', oas: 'enableUpstreamCacheControl' },
  { classic: 'cache_control_ttl_header', oas: 'controlTTLHeaderName' },
];

/** Fill: the pairs present in `source` with a value that says something (the gateway's `omitempty`), `required` always. */
export function fillPairs(source: JsonValue | undefined, pairs: readonly FieldPair[], required: string[] = []): JsonObject | undefined {
  if (!isJsonObject(source) || isDefault(source)) return undefined;
  const out: JsonObject = {};
  for (const pair of pairs) {
    const value = source[pair.classic];
    if (value === undefined) continue;
    if (isDefault(value) && !required.includes(pair.oas)) continue;
    out[pair.oas] = pair.to ? pair.to(value) : value;
  }
  return Object.keys(out).length ? out : undefined;
}

/** ExtractTo: every pair the OAS object holds, back under its Classic name. */
export function extractPairs(source: JsonValue | undefined, pairs: readonly FieldPair[]): JsonObject | undefined {
  if (!isJsonObject(source)) return undefined;
  const out: JsonObject = {};
  for (const pair of pairs) {
    const value = source[pair.oas];
    if (value !== undefined) out[pair.classic] = pair.from ? pair.from(value) : value;
  }
  return out;
}

export const GLOBAL_OBJECTS = [
  { classic: 'CORS', oas: 'cors', pairs: CORS, required: ['enabled'] },
  { classic: 'cache_options', oas: 'cache', pairs: CACHE, required: ['enabled'] },
] as const;

/** Top-level Classic switches and their `middleware.global` objects or flags (Global.Fill/ExtractTo, fillSkips). */
export const GLOBAL_FLAGS = [
  { classic: 'enable_context_vars', oas: 'contextVariables', shape: 'enabled' },
  { classic: 'disable_rate_limit', oas: 'skipRateLimit', shape: 'flag' },
  { classic: 'disable_quota', oas: 'skipQuota', shape: 'flag' },
  { classic: 'dont_set_quota_on_create', oas: 'skipQuotaReset', shape: 'flag' },
] as const;

/** The main version's global header fields and their `middleware.global` transforms (Global.Fill: TransformHeaders). */
export const GLOBAL_HEADERS = [
  { oas: 'transformRequestHeaders', add: 'global_headers', remove: 'global_headers_remove', disabled: 'global_headers_disabled' },
  { oas: 'transformResponseHeaders', add: 'global_response_headers', remove: 'global_response_headers_remove', disabled: 'global_response_headers_disabled' },
] as const;

/** Version `add_headers`-style map and remove list → TransformHeaders {enabled, add, remove}; undefined when empty. */
export function headersToOas(version: JsonObject, fields: (typeof GLOBAL_HEADERS)[number]): JsonObject | undefined {
  const add = isJsonObject(version[fields.add]) ? Object.entries(version[fields.add] as JsonObject).map(([name, value]) => ({ name, value: typeof value === 'string' ? value : '' })) : [];
  const remove = Array.isArray(version[fields.remove]) ? (version[fields.remove] as JsonValue[]) : [];
  if (add.length === 0 && remove.length === 0) return undefined;
  return { enabled: version[fields.disabled] !== true, ...(add.length ? { add } : {}), ...(remove.length ? { remove } : {}) };
}

/** TransformHeaders → the version's header fields (TransformHeaders.ExtractTo, migrated into the main version). */
export function headersToClassic(value: JsonObject, fields: (typeof GLOBAL_HEADERS)[number]): JsonObject {
  const add: JsonObject = {};
  for (const header of Array.isArray(value.add) ? value.add : []) {
    if (isJsonObject(header) && typeof header.name === 'string') add[header.name] = typeof header.value === 'string' ? header.value : '';
  }
  return { [fields.add]: add, [fields.remove]: Array.isArray(value.remove) ? value.remove : [], [fields.disabled]: value.enabled !== true };
}
