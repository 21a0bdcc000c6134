import { isJsonObject, type JsonObject, type JsonValue } from '../json';

/** The Tyk Dashboard's export format: `{"api_definition": {...}, "api_model": {}, "hook_references": [], ...}`. */
export const DASHBOARD_KEY = 'api_definition';

/** Fields of a definition itself: an object holding one of them is a definition, not the Dashboard's wrapper. */
const OWN_FIELDS = ['api_id', 'proxy', 'version_data', 'openapi', 'x-tyk-api-gateway'];

/** The definition inside the Dashboard's `api_definition` wrapper; undefined when `value` is not one. */
export function dashboardInner(value: unknown): JsonObject | undefined {
  if (!isJsonObject(value) || OWN_FIELDS.some((key) => value[key] !== undefined)) return undefined;
  const inner = value[DASHBOARD_KEY];
  return isJsonObject(inner) ? inner : undefined;
}

/** `definition` put back into the wrapper it came in, every other field and the key order kept (`api_definition`). */
export function wrapLike(wrapper: JsonObject, definition: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const key of Object.keys(wrapper)) out[key] = key === DASHBOARD_KEY ? definition : (wrapper[key] as JsonValue);
  return out;
}

/** Whether a definition's source text is the Dashboard's export format (`{"api_definition": {...}}`). */
export function sourceFromDashboard(source: string | undefined): boolean {
  if (source === undefined || !source.trimStart().startsWith('{')) return false;
  try {
    return dashboardInner(JSON.parse(source) as unknown) !== undefined;
  } catch {
    return false;
  }
}
