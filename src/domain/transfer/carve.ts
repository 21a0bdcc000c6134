import { isJsonObject, type JsonObject, type JsonPath, type JsonValue } from '../json';
import { textOrderOf } from '../definition/text-order';

/**
 * A large container's entries, cut out of a document so that it can cross a thread or go into storage a
 * slice at a time: copying a 50 MB definition in one piece blocks the page for seconds, a slice for
 * milliseconds.
 */
export interface Piece {
  /** Where the container sits in the document; its parent container is complete when this arrives. */
  path: JsonPath;
  /** Object entries, or array items, in the document's order. */
  entries: [string, JsonValue][] | JsonValue[];
}

export interface Carved {
  /** The document with each large container left empty (objects `{}`, arrays `[]`), the rest as it was. */
  skeleton: JsonValue;
  /** Their entries, parents before children. */
  pieces: Piece[];
  /** Objects whose written key order JavaScript does not keep (see text-order.ts), by path. */
  orders: { path: JsonPath; keys: readonly string[] }[];
}

/** Containers with more entries than this are cut into pieces of this many (a piece copies in a few ms). */
export const PIECE_ENTRIES = 1000;

/** Cuts large containers out of `value`. The document itself is left as it is. */
export function carve(value: JsonValue, maxEntries = PIECE_ENTRIES): Carved {
  const pieces: Piece[] = [];
  const orders: Carved['orders'] = [];
  const skeleton = carveValue(value, [], maxEntries, pieces, orders);
  // A child container's piece may only be placed once its parent's entries are in.
  pieces.sort((a, b) => a.path.length - b.path.length);
  return { skeleton, pieces, orders };
}

function carveValue(value: JsonValue, path: JsonPath, max: number, pieces: Piece[], orders: Carved['orders']): JsonValue {
  if (Array.isArray(value)) {
    const items = value.map((item, index) => carveValue(item, [...path, index], max, pieces, orders));
    if (items.length <= max) return items;
    for (let start = 0; start < items.length; start += max) pieces.push({ path, entries: items.slice(start, start + max) });
    return [];
  }
  if (!isJsonObject(value)) return value;
  const order = textOrderOf(value);
  if (order) orders.push({ path, keys: order });
  const keys = Object.keys(value);
  const entries: [string, JsonValue][] = keys.map((key) => [key, carveValue(value[key] as JsonValue, [...path, key], max, pieces, orders)]);
  if (keys.length <= max) return fromEntries(entries);
  for (let start = 0; start < entries.length; start += max) pieces.push({ path, entries: entries.slice(start, start + max) });
  return {};
}

/** An object from entries; `__proto__` stays a plain key, as JSON.parse makes it. */
export function fromEntries(entries: readonly [string, JsonValue][], into: JsonObject = {}): JsonObject {
  for (const [key, item] of entries) {
    if (key === '__proto__') Object.defineProperty(into, key, { value: item, enumerable: true, writable: true, configurable: true });
    else into[key] = item;
  }
  return into;
}

/** Puts one piece back into the skeleton (in place), in the order the pieces were cut. */
export function placePiece(skeleton: JsonValue, piece: Piece): void {
  let target: JsonValue | undefined = skeleton;
  for (const key of piece.path) {
    target = Array.isArray(target) ? target[key as number] : isJsonObject(target) ? target[key as string] : undefined;
  }
  if (Array.isArray(target)) {
    for (const item of piece.entries as JsonValue[]) target.push(item);
  } else if (isJsonObject(target)) {
    fromEntries(piece.entries as [string, JsonValue][], target);
  } else {
    throw new Error(`A piece of the document has no place at ${piece.path.join('.')}.`);
  }
}

/** The value at a path, for restoring key orders once every piece is in. */
export function valueAt(root: JsonValue, path: JsonPath): JsonValue | undefined {
  let target: JsonValue | undefined = root;
  for (const key of path) target = Array.isArray(target) ? target[key as number] : isJsonObject(target) ? target[key as string] : undefined;
  return target;
}
