import { isJsonObject, type JsonObject, type JsonValue } from '../json';

/** ErrorMatcher and ErrorResponse fields (apidef/oas/error_overrides.go), every one `omitempty` but the status code. */
const MATCH = [
  ['flag', 'flag'],
  ['message_pattern', 'messagePattern'],
  ['body_field', 'bodyField'],
  ['body_value', 'bodyValue'],
] as const;
const RESPONSE = [
  ['body', 'body'],
  ['message', 'message'],
  ['template', 'template'],
] as const;

type Pairs = readonly (readonly [classic: string, oas: string])[];

function copy(from: JsonObject, pairs: Pairs, to: JsonObject, fromOas: boolean): void {
  for (const [classic, oas] of pairs) {
    const [src, dst] = fromOas ? [oas, classic] : [classic, oas];
    const value = from[src];
    if (typeof value === 'string' && value !== '') to[dst] = value;
  }
}

/** ErrorOverride.Fill / ExtractTo of one override: the matcher when there is one, then the response. */
function override(item: JsonValue, fromOas: boolean): JsonObject {
  const from = isJsonObject(item) ? item : {};
  const out: JsonObject = {};
  if (isJsonObject(from.match)) {
    const match: JsonObject = {};
    copy(from.match, MATCH, match, fromOas);
    out.match = match;
  }
  const response = isJsonObject(from.response) ? from.response : {};
  const [codeFrom, codeTo] = fromOas ? ['statusCode', 'status_code'] : ['status_code', 'statusCode'];
  const filled: JsonObject = { [codeTo]: typeof response[codeFrom] === 'number' ? response[codeFrom] : 0 };
  copy(response, RESPONSE, filled, fromOas);
  if (isJsonObject(response.headers) && Object.keys(response.headers).length) filled.headers = response.headers;
  out.response = filled;
  return out;
}

function overridesMap(map: JsonObject, fromOas: boolean): JsonObject {
  const out: JsonObject = {};
  for (const [code, list] of Object.entries(map)) out[code] = (Array.isArray(list) ? list : []).map((item) => override(item, fromOas));
  return out;
}

/**
 * root.go XTykAPIGateway.Fill and ErrorOverrides.Fill: `error_overrides` and `error_overrides_disabled` →
 * `errorOverrides` {enabled, value}. The gateway also writes `{enabled: true}` for any Classic API that does not
 * switch them off; with no override that changes nothing, so it is left out here.
 */
export function errorOverridesToOas(doc: JsonObject): JsonObject | undefined {
  const map = isJsonObject(doc.error_overrides) ? doc.error_overrides : {};
  if (Object.keys(map).length === 0) return undefined;
  return { enabled: doc.error_overrides_disabled !== true, value: overridesMap(map, false) };
}

/** ErrorOverrides.ExtractTo: `error_overrides_disabled` is `!enabled`; no value, no overrides. */
export function errorOverridesToClassic(value: JsonObject): JsonObject {
  const map = isJsonObject(value.value) ? value.value : {};
  const out: JsonObject = { error_overrides_disabled: value.enabled !== true };
  if (Object.keys(map).length) out.error_overrides = overridesMap(map, true);
  return out;
}
