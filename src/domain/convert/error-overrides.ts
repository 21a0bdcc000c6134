import { isJsonObject, type JsonObject, type JsonValue } from '../json';
import { num, obj, str } from './values';

/**
 * Classic `error_overrides` / `error_overrides_disabled` ↔ `x-tyk-api-gateway.errorOverrides`
 * (apidef/oas/error_overrides.go, called from root.go XTykAPIGateway.Fill/ExtractTo).
 */

export const ERROR_OVERRIDES_CLASSIC_FIELDS = ['error_overrides', 'error_overrides_disabled'];

const MATCH: [classic: string, oas: string][] = [
  ['flag', 'flag'],
  ['message_pattern', 'messagePattern'],
  ['body_field', 'bodyField'],
  ['body_value', 'bodyValue'],
];
const RESPONSE: [classic: string, oas: string][] = [
  ['body', 'body'],
  ['message', 'message'],
  ['template', 'template'],
];

/** The string fields of `from` that are set, renamed (every one of them is `omitempty`). */
function rename(from: JsonObject, pairs: [string, string][], to: 0 | 1): JsonObject {
  const out: JsonObject = {};
  for (const pair of pairs) {
    const value = str(from[pair[1 - to] as string]);
    if (value) out[pair[to] as string] = value;
  }
  return out;
}

/** ErrorOverride.Fill / ExtractTo: `match` only when there is one; `statusCode` always. */
function override(value: JsonValue, to: 0 | 1): JsonObject {
  const source = obj(value);
  const out: JsonObject = {};
  if (isJsonObject(source.match)) out.match = rename(source.match, MATCH, to);
  const response = obj(source.response);
  const code = num(response[to === 1 ? 'status_code' : 'statusCode']);
  const result: JsonObject = { [to === 1 ? 'statusCode' : 'status_code']: code, ...rename(response, RESPONSE, to) };
  if (isJsonObject(response.headers) && Object.keys(response.headers).length) result.headers = response.headers;
  out.response = result;
  return out;
}

function overrides(map: JsonValue | undefined, to: 0 | 1): JsonObject {
  return Object.fromEntries(Object.entries(obj(map)).map(([code, list]) => [code, (Array.isArray(list) ? list : []).map((o) => override(o, to))]));
}

/**
 * ErrorOverrides.Fill. The gateway also writes `{enabled: true}` for an API with no overrides, which changes
 * nothing; that empty switch is left out here.
 */
export function errorOverridesToOas(doc: JsonObject): JsonObject | undefined {
  if (Object.keys(obj(doc.error_overrides)).length === 0) return undefined;
  return { enabled: doc.error_overrides_disabled !== true, value: overrides(doc.error_overrides, 1) };
}

/** ErrorOverrides.ExtractTo: the switch negated; the map only when it has codes. */
export function errorOverridesToClassic(value: JsonObject, out: JsonObject): void {
  out.error_overrides_disabled = value.enabled !== true;
  if (Object.keys(obj(value.value)).length) out.error_overrides = overrides(value.value, 0);
}
