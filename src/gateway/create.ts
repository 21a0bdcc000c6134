import type { JsonObject, JsonValue } from '../domain/json';
import { isJsonObject, jsonEqual } from '../domain/json';
import type { DefinitionFormat } from '../domain/pipeline/model';

/** Classic `api_id`; OAS `x-tyk-api-gateway.info.id`. '' when absent. */
export function idOf(doc: JsonObject, format: DefinitionFormat): string {
  if (format === 'classic') return typeof doc.api_id === 'string' ? doc.api_id : '';
  const ext = doc['x-tyk-api-gateway'];
  if (!isJsonObject(ext) || !isJsonObject(ext.info)) return '';
  return typeof ext.info.id === 'string' ? ext.info.id : '';
}

/** JSON with object keys sorted: equal documents give equal text whatever their key order (content ids). */
function canonical(value: JsonValue): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isJsonObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(value[key] ?? null)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Same content, key order aside. */
export function sameJson(a: JsonValue, b: JsonValue): boolean {
  return jsonEqual(a, b);
}

/**
 * Does `stored` hold everything `sent` holds? Objects may have more keys (a real gateway writes back its
 * defaults); arrays and scalars must be equal.
 */
export function containsJson(stored: JsonValue | undefined, sent: JsonValue): boolean {
  if (isJsonObject(sent)) {
    if (!isJsonObject(stored)) return false;
    return Object.entries(sent).every(([key, value]) => containsJson(stored[key], value));
  }
  if (Array.isArray(sent)) {
    if (!Array.isArray(stored) || stored.length !== sent.length) return false;
    return sent.every((value, i) => containsJson(stored[i], value));
  }
  return stored !== undefined && jsonEqual(stored, sent);
}

/**
 * Is the gateway's copy this very definition, as the gateway stores it? It may add defaults, and for
 * OAS it rewrites `servers` (gateway/api.go AddServers), so those do not count.
 */
export function isSameCreation(stored: JsonObject, sent: JsonObject, format: DefinitionFormat): boolean {
  if (format !== 'oas') return containsJson(stored, sent);
  const { servers: _stored, ...storedRest } = stored;
  const { servers: _sent, ...sentRest } = sent;
  return containsJson(storedRest, sentRest);
}

/** 32-bit FNV-1a over a string, seeded, as 8 hex digits. */
function fnv1a(text: string, seed: number): string {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * An id derived from the definition's content, 32 hex digits like the gateway's own. The same
 * definition always gets the same id, so pushing it again after a lost answer finds the first copy
 * instead of creating a second one.
 */
export function contentId(doc: JsonObject): string {
  const text = canonical(doc);
  return [1, 2, 3, 4].map((seed) => fnv1a(text, seed)).join('');
}

/**
 * A copy of the definition carrying `id` where the gateway reads it (Classic `api_id` first;
 * OAS `x-tyk-api-gateway.info.id` first in `info`); every other key stays in its place.
 */
export function withId(doc: JsonObject, format: DefinitionFormat, id: string): JsonObject {
  if (format === 'classic') {
    if (doc.api_id === id) return doc;
    return 'api_id' in doc ? { ...doc, api_id: id } : { api_id: id, ...doc };
  }
  const ext = isJsonObject(doc['x-tyk-api-gateway']) ? doc['x-tyk-api-gateway'] : undefined;
  if (!ext) return doc;
  const info = isJsonObject(ext.info) ? ext.info : {};
  const nextInfo = 'id' in info ? { ...info, id } : { id, ...info };
  return { ...doc, 'x-tyk-api-gateway': { ...ext, info: nextInfo } };
}

/**
 * The definition as it will be created: with its own id, or one derived from its content. Save this
 * into the draft before pushing so a retry sends exactly the same document.
 */
export function ensureApiId(format: DefinitionFormat, doc: JsonObject): JsonObject {
  const id = idOf(doc, format);
  return id !== '' ? doc : withId(doc, format, contentId(doc));
}
