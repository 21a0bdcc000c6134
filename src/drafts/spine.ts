import { isJsonObject, type JsonObject, type JsonPath, type JsonValue } from '../domain/json';
import { fromEntries, PIECE_ENTRIES } from '../domain/transfer/carve';
import { keysOf } from '../domain/json-edit';
import { oneKeyEditOf } from '../domain/edit-record';

/** A large container of a stored draft, kept as pieces of its own: where it sits, and its pieces' keys. */
export interface Hole {
  in: 'doc' | 'base';
  path: JsonPath;
  isArray: boolean;
  ids: string[];
}

/** A large container met on the way: where, and the object itself (its identity says whether it is stored). */
export interface Big {
  in: 'doc' | 'base';
  path: JsonPath;
  container: JsonObject | JsonValue[];
}

/** Below the top levels a definition holds no container worth cutting out; and the walk stays short. */
const SPINE_DEPTH = 6;

/**
 * Objects found larger than the piece size. Containers are not changed in place (an edit makes a new one),
 * and `for…in` over a 100,000-key object lists every key before the first: asked on every save and every lint,
 * that is a tenth of a second each time.
 */
const knownLarge = new WeakMap<object, number>();

/** A container put together from `count` entries by code that knows it is large (a draft's stored pieces). */
export function markLarge(container: JsonObject | JsonValue[], count: number): void {
  if (!Array.isArray(container)) knownLarge.set(container, count);
}

/** The size of an object an edit made from a known large one by setting one key. */
function sizeAfterEdit(value: JsonObject): number | undefined {
  const edit = oneKeyEditOf(value);
  const before = edit && knownLarge.get(edit.base);
  if (!edit || before === undefined) return undefined;
  const size = before + (edit.added ? 1 : 0);
  knownLarge.set(value, size);
  return size;
}

/** More than `max` entries? Counted only that far: listing a 100,000-key object's keys is itself slow. */
function larger(value: JsonObject | JsonValue[], max: number): boolean {
  if (Array.isArray(value)) return value.length > max;
  const known = knownLarge.get(value) ?? sizeAfterEdit(value);
  if (known !== undefined && known > max) return true;
  let count = 0;
  for (const key in value) {
    if (Object.hasOwn(value, key) && ++count > max) {
      knownLarge.set(value, count);
      return true;
    }
  }
  return false;
}

/**
 * The document with each large container replaced by an empty one, copying only the objects on the way to
 * them (everything else is shared with the document, as storage copies it anyway). It walks the top levels
 * only and never into a large container, so it takes microseconds on a 50 MB definition.
 */
export function cutSpine(doc: JsonValue, where: Big['in'], bigs: Big[], max = PIECE_ENTRIES): JsonValue {
  const walk = (value: JsonValue, path: JsonPath): JsonValue => {
    if (value === null || typeof value !== 'object') return value;
    if (larger(value, max)) {
      bigs.push({ in: where, path, container: value });
      return Array.isArray(value) ? [] : {};
    }
    if (path.length >= SPINE_DEPTH) return value;
    if (Array.isArray(value)) {
      let changed = false;
      const items = value.map((item, index) => {
        const next = walk(item, [...path, index]);
        changed ||= next !== item;
        return next;
      });
      return changed ? items : value;
    }
    let changed = false;
    const entries = Object.keys(value).map((key): [string, JsonValue] => {
      const item = value[key] as JsonValue;
      const next = walk(item, [...path, key]);
      changed ||= next !== item;
      return [key, next];
    });
    return changed ? fromEntries(entries) : value;
  };
  return walk(doc, []);
}

/**
 * A large container's entries in slices, in its order, each made when asked for: listing all of a
 * 100,000-key object's entries at once is itself a long task.
 */
export function slicesOf(container: JsonObject | JsonValue[], max = PIECE_ENTRIES): { count: number; slice: (index: number) => JsonValue[] | [string, JsonValue][] } {
  if (Array.isArray(container)) {
    return { count: Math.ceil(container.length / max), slice: (index) => container.slice(index * max, (index + 1) * max) };
  }
  const keys = keysOf(container);
  return {
    count: Math.ceil(keys.length / max),
    slice: (index) => keys.slice(index * max, (index + 1) * max).map((key): [string, JsonValue] => [key, container[key] as JsonValue]),
  };
}

/** Puts a rebuilt container in place of its empty stand-in (the spine's copies are this draft's own). */
export function fillHole(root: JsonValue, path: JsonPath, container: JsonValue): JsonValue {
  if (path.length === 0) return container;
  let parent: JsonValue | undefined = root;
  for (const key of path.slice(0, -1)) parent = Array.isArray(parent) ? parent[key as number] : isJsonObject(parent) ? parent[key as string] : undefined;
  const last = path[path.length - 1] as string | number;
  if (Array.isArray(parent)) parent[last as number] = container;
  else if (isJsonObject(parent)) Object.defineProperty(parent, last as string, { value: container, enumerable: true, writable: true, configurable: true });
  return root;
}
