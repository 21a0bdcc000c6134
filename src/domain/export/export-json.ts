import { serializeDefinition } from '../definition/serialize';
import { isJsonObject, type JsonObject } from '../json';
import type { DefinitionFormat } from '../pipeline/model';
import { slugFromName } from '../create/slug';

/**
 * The definition as JSON text to download or copy: the user's own object, keys in the order they were
 * read, pretty-printed (2 spaces unless told otherwise, e.g. the imported file's own indent).
 */
export function exportJson(doc: JsonObject, indent: number | string = 2): string {
  return serializeDefinition(doc, indent);
}

/** A download name from the API's name (Classic `name`, OAS `x-tyk-api-gateway.info.name`, else `info.title`). */
export function exportFileName(doc: JsonObject, format: DefinitionFormat, extension = 'json'): string {
  const base = slugFromName(apiName(doc, format)) || 'api';
  return `${base}.${format === 'oas' ? 'tyk-oas' : 'tyk-classic'}.${extension}`;
}

/** The API's name as people know it: Classic `name`; OAS `x-tyk-api-gateway.info.name`, else `info.title`. */
export function apiName(doc: JsonObject, format: DefinitionFormat): string {
  if (format === 'classic') return typeof doc.name === 'string' ? doc.name : '';
  const x = doc['x-tyk-api-gateway'];
  const xInfo = isJsonObject(x) ? x.info : undefined;
  if (isJsonObject(xInfo) && typeof xInfo.name === 'string' && xInfo.name.trim()) return xInfo.name;
  const info = doc.info;
  return isJsonObject(info) && typeof info.title === 'string' ? info.title : '';
}
