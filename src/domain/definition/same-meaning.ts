import type { JsonObject, JsonValue } from '../json';
import { isJsonObject, jsonEqual } from '../json';
import type { DefinitionFormat } from '../pipeline/model';

/**
 * Two copies of a definition that the gateway treats alike. A gateway answers GET with the definition it
 * loaded, not the bytes it was sent: Go encodes every field of apidef.APIDefinition, zero values included
 * (apidef/api_definitions.go), and an OAS API gets its own URL put into `servers` (gateway/api.go
 * handleOASServersForNewAPI). So a field that is absent, null, false, 0, "", [] or {} means the same, and a
 * `servers` entry whose URL ends with the API's own listen path is the gateway's, not the author's.
 */

function isZero(value: JsonValue | undefined): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return isJsonObject(value) && Object.keys(value).length === 0;
}

/** The value with every zero-valued field left out (recursively); array items keep their places. */
function withoutZeros(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(withoutZeros);
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, field] of Object.entries(value)) {
    const kept = withoutZeros(field);
    if (!isZero(kept)) out[key] = kept;
  }
  return out;
}

function oasListenPath(doc: JsonObject): string {
  const ext = doc['x-tyk-api-gateway'];
  const server = isJsonObject(ext) ? ext.server : undefined;
  const listenPath = isJsonObject(server) ? server.listenPath : undefined;
  const value = isJsonObject(listenPath) ? listenPath.value : undefined;
  return typeof value === 'string' ? value : '';
}

function pathOfUrl(url: string): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/.*)?$/i.exec(url);
  return match ? (match[1] ?? '/') : url;
}

/**
 * `servers` without the entries the gateway adds for the API's own listen path: what to send when the API
 * moves to another gateway, which adds its own.
 */
export function authorServers(doc: JsonObject): JsonObject {
  if (!Array.isArray(doc.servers)) return doc;
  const listenPath = oasListenPath(doc).replace(/\/+$/, '');
  if (listenPath === '') return doc;
  const servers = doc.servers.filter((server) => {
    if (!isJsonObject(server) || typeof server.url !== 'string') return true;
    return pathOfUrl(server.url).replace(/\/+$/, '') !== listenPath;
  });
  return { ...doc, servers };
}

/** The part of a definition that carries meaning for the gateway: the form both copies are compared in. */
export function meaningOf(doc: JsonObject, format: DefinitionFormat): JsonObject {
  const own = format === 'oas' ? authorServers(doc) : doc;
  const kept = withoutZeros(own);
  return isJsonObject(kept) ? kept : {};
}

/** Whether the gateway treats both copies alike (a copy is the same as itself at once). */
export function sameMeaning(a: JsonObject, b: JsonObject, format: DefinitionFormat): boolean {
  return a === b || jsonEqual(meaningOf(a, format), meaningOf(b, format));
}
