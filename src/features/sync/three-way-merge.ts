import type { JsonObject, JsonPath, JsonValue } from '../../domain/json';
import { isJsonObject, jsonEqual } from '../../domain/json';

/** A place where both sides changed the same value differently: theirs is kept, mine is reported. */
export interface MergeConflict {
  path: JsonPath;
  /** `undefined`: the key was absent on that side. */
  base: JsonValue | undefined;
  theirs: JsonValue | undefined;
  mine: JsonValue | undefined;
}

export interface MergeResult {
  doc: JsonObject;
  /** Where one of my edits was carried onto theirs. */
  reapplied: JsonPath[];
  /** My edits that could not be carried over (theirs changed the same place). */
  conflicts: MergeConflict[];
}

type Maybe = JsonValue | undefined;

function same(a: Maybe, b: Maybe): boolean {
  if (a === undefined || b === undefined) return a === b;
  return jsonEqual(a, b);
}

function mergeValue(base: Maybe, mine: Maybe, theirs: Maybe, path: JsonPath, out: Omit<MergeResult, 'doc'>): Maybe {
  if (same(mine, base)) return theirs;
  if (same(mine, theirs)) return theirs;
  if (same(theirs, base)) {
    out.reapplied.push(path);
    return mine;
  }
  // Both sides changed an object: go down a level, key by key.
  if (isJsonObject(mine) && isJsonObject(theirs) && (base === undefined || isJsonObject(base))) {
    return mergeObjects(base ?? {}, mine, theirs, path, out);
  }
  // Arrays (plugin lists among them) and scalars are whole values: order matters, so no guessing.
  out.conflicts.push({ path, base, theirs, mine });
  return theirs;
}

function mergeObjects(base: JsonObject, mine: JsonObject, theirs: JsonObject, path: JsonPath, out: Omit<MergeResult, 'doc'>): JsonObject {
  const result: JsonObject = {};
  // Their key order first (the gateway's copy is the new base), then keys only mine has, in my order.
  const keys = [...Object.keys(theirs), ...Object.keys(mine).filter((key) => !Object.hasOwn(theirs, key))];
  for (const key of keys) {
    const merged = mergeValue(
      Object.hasOwn(base, key) ? base[key] : undefined,
      Object.hasOwn(mine, key) ? mine[key] : undefined,
      Object.hasOwn(theirs, key) ? theirs[key] : undefined,
      [...path, key],
      out,
    );
    if (merged !== undefined) Object.defineProperty(result, key, { value: merged, enumerable: true, writable: true, configurable: true });
  }
  return result;
}

/**
 * Carry my edits (base → mine) onto their copy (base → theirs), key by key: a value only I changed takes
 * mine, a value only they changed keeps theirs, a value both changed differently keeps theirs and is
 * reported. Arrays are compared whole. Never throws; keys like `__proto__` are plain data.
 */
export function threeWayMerge(base: JsonObject, mine: JsonObject, theirs: JsonObject): MergeResult {
  const out: Omit<MergeResult, 'doc'> = { reapplied: [], conflicts: [] };
  const merged = mergeValue(base, mine, theirs, [], out);
  return { doc: isJsonObject(merged) ? merged : theirs, ...out };
}

/** The top-level-and-below places where `to` differs from `from` (for "what they changed" lists). */
export function changedPaths(from: JsonValue | undefined, to: JsonValue | undefined, path: JsonPath = [], limit = 50): JsonPath[] {
  const found: JsonPath[] = [];
  const walk = (a: Maybe, b: Maybe, at: JsonPath) => {
    if (found.length >= limit || same(a, b)) return;
    if (isJsonObject(a) && isJsonObject(b)) {
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        walk(Object.hasOwn(a, key) ? a[key] : undefined, Object.hasOwn(b, key) ? b[key] : undefined, [...at, key]);
      }
      return;
    }
    found.push(at);
  };
  walk(from, to, path);
  return found;
}
