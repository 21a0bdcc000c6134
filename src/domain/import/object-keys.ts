import type { JsonObject, JsonValue } from '../json';

/**
 * A copy of `obj` with `key` set: in its old place when present, else appended, so the document's
 * key order survives. Built with defineProperty so that a key named "__proto__" stays a plain key.
 */
export function withKey(obj: JsonObject, key: string, value: JsonValue): JsonObject {
  const out: JsonObject = {};
  let placed = false;
  for (const [k, v] of Object.entries(obj)) {
    const next = k === key ? ((placed = true), value) : v;
    Object.defineProperty(out, k, { value: next, enumerable: true, writable: true, configurable: true });
  }
  if (!placed)
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}
