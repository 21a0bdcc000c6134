import type { JsonObject, JsonPath, JsonValue } from '../domain/json';
import { isJsonObject } from '../domain/json';
import { GatewayError } from './errors';

/** One field the gateway's 400 names, and what it says of it. */
export interface RefusedField {
  /** The field as the gateway wrote it: `x-tyk-api-gateway.info.name`, `(root)`. */
  field: string;
  /** Where that is in the definition that was sent. */
  path: JsonPath;
  message: string;
}

/**
 * The path a gateway field name points at in `doc`. The name joins keys with dots, and OAS keys hold dots
 * and slashes themselves (`paths./pets.get`), so segments are joined again until they name a key there.
 */
export function pathOfField(field: string, doc: JsonValue): JsonPath {
  if (field === '(root)' || field === '') return [];
  const parts = field.split('.');
  const path: (string | number)[] = [];
  let node: JsonValue | undefined = doc;
  let i = 0;
  while (i < parts.length) {
    if (Array.isArray(node) && /^\d+$/.test(parts[i] ?? '')) {
      const index = Number(parts[i]);
      path.push(index);
      node = node[index];
      i += 1;
      continue;
    }
    const object: JsonObject = isJsonObject(node) ? node : {};
    let end = i + 1;
    // The shortest run of segments that is a key here; else the next segment alone (a missing field).
    while (end <= parts.length && !Object.hasOwn(object, parts.slice(i, end).join('.'))) end += 1;
    if (end > parts.length) end = i + 1;
    const key = parts.slice(i, end).join('.');
    path.push(key);
    node = object[key];
    i = end;
  }
  return path;
}

/**
 * The fields a gateway refusal names: the lines `<field>: <what is wrong>` of a schema check's 400
 * (apidef/oas/validator.go, one line per error). Empty for any other failure.
 */
export function refusedFields(error: unknown, doc: JsonObject): RefusedField[] {
  if (!(error instanceof GatewayError) || error.kind !== 'bad-request') return [];
  const fields: RefusedField[] = [];
  for (const line of error.message.split('\n')) {
    const match = /^(\(root\)|[^\s:]+): (.+)$/.exec(line.trim());
    if (!match || !match[1] || !match[2]) continue;
    fields.push({ field: match[1], path: pathOfField(match[1], doc), message: match[2] });
  }
  return fields;
}
