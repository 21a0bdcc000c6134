import { isJsonObject, type JsonObject, type JsonValue } from '../json';
import { triggersToClassic, triggersToOas } from './url-rewrite-triggers';
import { OPERATION_EXTRA_MAPPINGS } from './operation-extras';

/**
 * One Classic `extended_paths` list and the Tyk OAS operation field it becomes, as the gateway converts them
 * (apidef/oas/operation.go `fill*` and `extract*To`, the types' Fill/ExtractTo in apidef/oas/middleware.go,
 * track_endpoint.go, internal.go, url_rewrite.go). `fill` takes one Classic entry; `extract` gives the Classic
 * entry's fields (path and method are added by the caller), or is absent when the gateway does not carry the
 * OAS field back to Classic (mockResponse: extractPathsAndOperations never calls extractMockResponseTo).
 */
export interface EndpointMapping {
  classic: string;
  oas: string;
  fill: (meta: JsonObject) => JsonObject;
  extract?: (value: JsonObject) => JsonObject;
  /** True when the fill gives Go's zero value, which the gateway drops (ShouldOmit after Fill). */
  omit?: (meta: JsonObject) => boolean;
  /** What the fill also writes into the OpenAPI operation (fillOASValidateRequest: the request body schema). */
  document?: (meta: JsonObject, operation: JsonObject) => void;
}

const bool = (value: JsonValue | undefined): boolean => value === true;
const str = (value: JsonValue | undefined): string => (typeof value === 'string' ? value : '');
const num = (value: JsonValue | undefined): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const list = (value: JsonValue | undefined): JsonValue[] => (Array.isArray(value) ? value : []);
const obj = (value: JsonValue | undefined): JsonObject => (isJsonObject(value) ? value : {});
const enabled = (meta: JsonObject): JsonObject => ({ enabled: !bool(meta.disabled) });
const disabled = (value: JsonObject): JsonObject => ({ disabled: !bool(value.enabled) });

/** Allowance.Fill/ExtractTo: `enabled` is `!disabled`, `ignoreCase` is `ignore_case`. */
const allowance = (classic: string, oas: string): EndpointMapping => ({
  classic,
  oas,
  fill: (meta) => ({ ...enabled(meta), ...(bool(meta.ignore_case) ? { ignoreCase: true } : {}) }),
  extract: (value) => ({ ...disabled(value), ignore_case: bool(value.ignoreCase) }),
});

/** TransformBody: `template_data` {input_type, template_mode blob|file, template_source} ↔ {format, body | path}. */
const transformBody = (classic: string, oas: string): EndpointMapping => ({
  classic,
  oas,
  fill: (meta) => {
    const data = obj(meta.template_data);
    const source = str(data.template_source);
    return { ...enabled(meta), format: str(data.input_type), ...(str(data.template_mode) === 'blob' ? { body: source } : { path: source }) };
  },
  extract: (value) => {
    const body = str(value.body);
    const template = { input_type: str(value.format), template_mode: body !== '' ? 'blob' : 'file', template_source: body !== '' ? body : str(value.path), enable_session: true };
    return { ...disabled(value), template_data: template };
  },
});

/** TransformHeaders: `add_headers` {name: value} and `delete_headers` ↔ `add` [{name, value}] and `remove`. */
const transformHeaders = (classic: string, oas: string): EndpointMapping => ({
  classic,
  oas,
  fill: (meta) => {
    const add = Object.entries(obj(meta.add_headers)).map(([name, value]) => ({ name, value: str(value) }));
    const remove = list(meta.delete_headers);
    return { ...enabled(meta), ...(add.length ? { add } : {}), ...(remove.length ? { remove } : {}) };
  },
  extract: (value) => {
    const add: JsonObject = {};
    for (const header of list(value.add)) if (isJsonObject(header)) add[str(header.name)] = str(header.value);
    return { ...disabled(value), delete_headers: list(value.remove), add_headers: add };
  },
});

/** Only `enabled`, the negated `disabled` (Internal, TrackEndpoint). */
const toggle = (classic: string, oas: string): EndpointMapping => ({ classic, oas, fill: enabled, extract: disabled });

export const ENDPOINT_MAPPINGS: readonly EndpointMapping[] = [
  allowance('white_list', 'allow'),
  allowance('black_list', 'block'),
  allowance('ignored', 'ignoreAuthentication'),
  toggle('internal', 'internal'),
  {
    classic: 'method_transforms',
    oas: 'transformRequestMethod',
    fill: (meta) => ({ ...enabled(meta), toMethod: str(meta.to_method) }),
    extract: (value) => ({ ...disabled(value), to_method: str(value.toMethod) }),
  },
  transformBody('transform', 'transformRequestBody'),
  transformBody('transform_response', 'transformResponseBody'),
  transformHeaders('transform_headers', 'transformRequestHeaders'),
  transformHeaders('transform_response_headers', 'transformResponseHeaders'),
  {
    classic: 'url_rewrites',
    oas: 'urlRewrite',
    fill: (meta) => {
      const triggers = triggersToOas(meta.triggers);
      return { ...enabled(meta), pattern: str(meta.match_pattern), rewriteTo: str(meta.rewrite_to), ...(triggers.length ? { triggers } : {}) };
    },
    extract: (value) => {
      const triggers = triggersToClassic(value.triggers);
      return { ...disabled(value), match_pattern: str(value.pattern), rewrite_to: str(value.rewriteTo), ...(triggers.length ? { triggers } : {}) };
    },
  },
  {
    classic: 'advance_cache_config',
    oas: 'cache',
    // CachePlugin.Fill: an enabled cache without a timeout gets the default, 60 seconds (TT-14102).
    fill: (meta) => {
      const on = !bool(meta.disabled);
      const timeout = num(meta.timeout) || (on ? 60 : 0);
      const regex = str(meta.cache_key_regex);
      return { enabled: on, ...(timeout ? { timeout } : {}), cacheResponseCodes: list(meta.cache_response_codes), ...(regex ? { cacheByRegex: regex } : {}) };
    },
    extract: (value) => ({ ...disabled(value), cache_key_regex: str(value.cacheByRegex), cache_response_codes: list(value.cacheResponseCodes), timeout: num(value.timeout) }),
  },
  {
    classic: 'hard_timeouts',
    oas: 'enforceTimeout',
    fill: (meta) => ({ ...enabled(meta), value: num(meta.timeout) }),
    extract: (value) => ({ ...disabled(value), timeout: num(value.value) }),
  },
  {
    classic: 'mock_response',
    oas: 'mockResponse',
    // MockResponse.Fill: headers as a list sorted by canonical name.
    fill: (meta) => {
      const headers = Object.entries(obj(meta.headers))
        .map(([name, value]) => ({ name: canonicalHeader(name), value: str(value) }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      return { ...enabled(meta), code: num(meta.code), body: str(meta.body), headers };
    },
  },
  {
    classic: 'circuit_breakers',
    oas: 'circuitBreaker',
    fill: (meta) => ({
      ...enabled(meta),
      threshold: num(meta.threshold_percent),
      sampleSize: num(meta.samples),
      coolDownPeriod: num(meta.return_to_service_after),
      halfOpenStateEnabled: !bool(meta.disable_half_open_state),
    }),
    extract: (value) => ({
      ...disabled(value),
      threshold_percent: num(value.threshold),
      samples: num(value.sampleSize),
      return_to_service_after: num(value.coolDownPeriod),
      disable_half_open_state: !bool(value.halfOpenStateEnabled),
    }),
  },
  toggle('track_endpoints', 'trackEndpoint'),
  toggle('do_not_track_endpoints', 'doNotTrackEndpoint'),
  {
    classic: 'size_limits',
    oas: 'requestSizeLimit',
    fill: (meta) => ({ ...enabled(meta), value: num(meta.size_limit) }),
    extract: (value) => ({ ...disabled(value), size_limit: num(value.value) }),
  },
  ...OPERATION_EXTRA_MAPPINGS,
];

/** Go's http.CanonicalHeaderKey: each dash-separated word capitalised. */
export function canonicalHeader(name: string): string {
  return name
    .toLowerCase()
    .split('-')
    .map((word) => (word ? word[0]?.toUpperCase() + word.slice(1) : word))
    .join('-');
}
