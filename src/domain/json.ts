/** JSON values as they come from a definition: untrusted, any shape. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

/** A location in a document, as the keys and indexes that lead to it (["custom_middleware", "pre", 0]). */
export type JsonPath = readonly (string | number)[];

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `$.custom_middleware.pre[0]`: how a path is shown to people. */
export function formatJsonPath(path: JsonPath): string {
  return (
    '$' +
    path
      .map((key) =>
        typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`,
      )
      .join('')
  );
}

/**
 * Same JSON content. Objects compare key by key, their key order aside unless `keyOrder` is set (what the
 * gateway would store). Shared subtrees compare by reference first, so a document edited with structural
 * sharing is compared in the time its changed branches take, not the whole document's.
 */
export function jsonEqual(a: unknown, b: unknown, options: { keyOrder?: boolean } = {}): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => jsonEqual(item, b[index], options));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const leftKeys = Object.keys(left).filter((key) => left[key] !== undefined);
  const rightKeys = Object.keys(right).filter((key) => right[key] !== undefined);
  if (leftKeys.length !== rightKeys.length) return false;
  if (options.keyOrder && leftKeys.some((key, index) => key !== rightKeys[index])) return false;
  return leftKeys.every((key) => Object.hasOwn(right, key) && jsonEqual(left[key], right[key], options));
}
