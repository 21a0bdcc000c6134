import type { JsonObject, JsonPath, JsonValue } from '../json';
import { isJsonObject } from '../json';
import type { Finding } from '../pipeline/model';
import { describeType } from './read-context';
import { DASHBOARD_KEY, dashboardInner } from './dashboard-wrapper';

/**
 * What a parsed document is. `openapi`: plain OpenAPI 3 without `x-tyk-api-gateway` (can become Tyk OAS).
 * `wrapper`: the Dashboard's export object the definition (`doc`) came in, to export it back the same way.
 */
export type Detection =
  | { kind: 'classic'; doc: JsonObject; wrapper?: JsonObject }
  | { kind: 'oas'; doc: JsonObject; wrapper?: JsonObject }
  | { kind: 'openapi'; doc: JsonObject }
  | { kind: 'invalid'; findings: Finding[] };

const invalid = (message: string, path: JsonPath, fix?: string, code = 'not-a-definition'): Detection => ({
  kind: 'invalid',
  findings: [{ severity: 'error', code, message, path, ...(fix ? { fix } : {}) }],
});

/** The finding code of a document nested deeper than MAX_DEPTH: nothing else about it can be trusted. */
export const TOO_DEEP = 'nested-too-deep';

/** Classic fields that only a whole API definition has; a document with none of them is a fragment. */
const CLASSIC_MARKERS = ['api_id', 'proxy', 'version_data'] as const;
const CLASSIC_TYPES: Record<string, 'string' | 'object' | 'boolean'> = {
  api_id: 'string',
  name: 'string',
  proxy: 'object',
  version_data: 'object',
  use_keyless: 'boolean',
};
/** Parts people paste on their own: known plugin pieces that are not definitions. */
const FRAGMENT_KEYS = ['custom_middleware', 'pre', 'post', 'post_key_auth', 'auth_check', 'driver', 'prePlugins', 'pluginConfig', 'middleware', 'extended_paths'];

function typeOk(value: unknown, type: 'string' | 'object' | 'boolean'): boolean {
  return type === 'object' ? isJsonObject(value) : typeof value === type;
}

/** Decides Classic (`api_id`/`proxy`/`version_data`), Tyk OAS (`openapi` 3 + `x-tyk-api-gateway`), OpenAPI, or why neither. */
export function detectDefinition(value: unknown): Detection {
  if (Array.isArray(value)) {
    return invalid('This is a JSON list, not an API definition (a definition is one JSON object).', [], 'Open one definition at a time.');
  }
  if (!isJsonObject(value)) {
    return invalid(`This is ${describeType(value as never)}, not an API definition (a definition is a JSON object).`, []);
  }
  const deep = nestedDeeperThan(value, MAX_DEPTH);
  if (deep) {
    return invalid(`The document is nested more than ${MAX_DEPTH} levels deep; no API definition is, and it could not be written back safely.`, deep, undefined, TOO_DEEP);
  }
  const inner = dashboardInner(value);
  if (inner) {
    const detected = detectDocument(inner);
    if (detected.kind === 'classic' || detected.kind === 'oas') return { ...detected, wrapper: value };
    if (detected.kind === 'invalid') {
      return { kind: 'invalid', findings: detected.findings.map((f) => ({ ...f, path: [DASHBOARD_KEY, ...f.path] })) };
    }
    return detected;
  }
  return detectDocument(value);
}

/** `detectDefinition` for the document itself (not the Dashboard's wrapper). */
function detectDocument(doc: JsonObject): Detection {
  if (doc['swagger'] !== undefined) {
    return invalid('This is a Swagger 2.0 document; Tyk OAS needs OpenAPI 3.', ['swagger'], 'Convert it to OpenAPI 3 first.');
  }
  const hasOpenapi = doc['openapi'] !== undefined;
  const x = doc['x-tyk-api-gateway'];
  if (hasOpenapi || x !== undefined) {
    const version = doc['openapi'];
    if (!hasOpenapi) {
      return invalid('Only the x-tyk-api-gateway part of a Tyk OAS definition: the OpenAPI document around it (openapi, info, paths) is missing.', [], 'Paste the whole Tyk OAS definition.');
    }
    if (typeof version !== 'string') return invalid(`"openapi" must be a version string such as "3.0.3", not ${describeType(version as never)}.`, ['openapi']);
    if (!/^3\.\d/.test(version)) return invalid(`OpenAPI ${version} is not supported; Tyk OAS needs OpenAPI 3.0 or 3.1.`, ['openapi']);
    for (const key of ['info', 'paths'] as const) {
      if (doc[key] !== undefined && !isJsonObject(doc[key])) {
        return invalid(`"${key}" must be an object, not ${describeType(doc[key])}.`, [key]);
      }
    }
    if (x === undefined) return { kind: 'openapi', doc };
    if (!isJsonObject(x)) return invalid(`"x-tyk-api-gateway" must be an object, not ${describeType(x)}.`, ['x-tyk-api-gateway']);
    return { kind: 'oas', doc };
  }
  if (Array.isArray(doc['file_list']) && doc['custom_middleware'] !== undefined) {
    return invalid('This is a bundle manifest (manifest.json), not an API definition.', [], 'Open the API definition that loads this bundle.');
  }
  if (CLASSIC_MARKERS.some((key) => doc[key] !== undefined)) {
    for (const [key, type] of Object.entries(CLASSIC_TYPES)) {
      const v = doc[key];
      if (v !== undefined && !typeOk(v, type)) {
        return invalid(`"${key}" must be ${type === 'object' ? 'an object' : `a ${type}`}, not ${describeType(v)}.`, [key]);
      }
    }
    return { kind: 'classic', doc };
  }
  const fragment = FRAGMENT_KEYS.find((key) => doc[key] !== undefined);
  if (fragment) {
    return invalid(
      `Only a fragment ("${fragment}") without the API definition around it: a Tyk Classic definition has api_id, proxy and version_data; a Tyk OAS one has openapi and x-tyk-api-gateway.`,
      [fragment],
      'Paste the whole API definition.',
    );
  }
  return invalid('Not a Tyk API definition: no api_id, proxy or version_data (Tyk Classic) and no openapi (Tyk OAS).', []);
}

/** Deeper than any real definition, shallow enough for JSON.stringify's recursion. */
export const MAX_DEPTH = 512;

/** The path to the first value nested deeper than `limit`, or null. Iterative: input may be very deep. */
export function nestedDeeperThan(root: JsonValue, limit: number): JsonPath | null {
  interface Entry {
    value: JsonValue;
    key: string | number;
    parent: Entry | null;
    depth: number;
  }
  const stack: Entry[] = [{ value: root, key: '', parent: null, depth: 0 }];
  while (stack.length > 0) {
    const entry = stack.pop() as Entry;
    const { value, depth } = entry;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= limit) {
      const path: (string | number)[] = [];
      for (let e: Entry | null = entry; e && e.parent; e = e.parent) path.unshift(e.key);
      return path.slice(0, 8);
    }
    if (Array.isArray(value)) for (let i = 0; i < value.length; i++) stack.push({ value: value[i] as JsonValue, key: i, parent: entry, depth: depth + 1 });
    else for (const k of Object.keys(value)) stack.push({ value: value[k] as JsonValue, key: k, parent: entry, depth: depth + 1 });
  }
  return null;
}
