import type { JsonObject, JsonValue } from '../json';
import { isJsonObject } from '../json';

/**
 * JavaScript objects list keys that look like array indexes ("200", "404") first and in numeric order,
 * whatever order the JSON text had. To write a definition back exactly as it came, the text's order of
 * such objects is remembered here (by object identity) when the text is parsed, carried over by the
 * edits in json-edit, and used by `serializeDefinition`. Objects without such keys are not touched.
 */
const ORDER = new WeakMap<object, readonly string[]>();
let anyRecorded = false;

const INDEX_LIKE = /^(?:0|[1-9]\d{0,8})$/;

export function isIndexLikeKey(key: string): boolean {
  return INDEX_LIKE.test(key);
}

/** The key order to write `obj` in, when it differs from JavaScript's own. */
export function textOrderOf(obj: object): readonly string[] | undefined {
  return anyRecorded ? ORDER.get(obj) : undefined;
}

/** Whether any object has a remembered order (when not, the native JSON.stringify is exact). */
export function hasTextOrders(): boolean {
  return anyRecorded;
}

/** Gives an object the written order it had where it was parsed (a worker, another page), by identity here. */
export function restoreTextOrder(obj: object, keys: readonly string[]): void {
  remember(obj, keys);
}

function remember(obj: object, keys: readonly string[]): void {
  ORDER.set(obj, keys);
  anyRecorded = true;
}

/**
 * After `to` was made as a copy of `from` with keys changed: keep `from`'s written order for the keys
 * still there, and put keys that are new at the end (where an edit appends them), index-like or not.
 */
export function carryOrder(from: JsonObject, to: JsonObject, added?: string): void {
  const order = textOrderOf(from);
  if (!order && (added === undefined || !isIndexLikeKey(added))) return;
  const keys = Object.keys(to);
  const present = new Set(keys);
  const base = order ?? Object.keys(from);
  const next = base.filter((k) => present.has(k) && k !== added);
  const known = new Set(next);
  for (const k of keys) if (!known.has(k) && k !== added) next.push(k);
  if (added !== undefined && present.has(added)) next.push(added);
  if (next.every((k, i) => keys[i] === k)) return;
  remember(to, next);
}

interface Frame {
  obj: JsonObject | undefined;
  arr: JsonValue[] | undefined;
  keys: string[];
  index: number;
  expectKey: boolean;
  pendingKey: string | undefined;
}

/** Records the text order of every object of `value` whose keys JavaScript reordered. `text` must be valid JSON. */
export function recordTextOrder(text: string, value: unknown): void {
  if (!/"(?:0|[1-9]\d{0,8})"\s*:/.test(text)) return;
  const stack: Frame[] = [];
  const n = text.length;
  let i = 0;
  const childValue = (): unknown => {
    const top = stack[stack.length - 1];
    if (!top) return value;
    if (top.arr) return top.arr[top.index];
    if (top.obj && top.pendingKey !== undefined && Object.prototype.hasOwnProperty.call(top.obj, top.pendingKey)) return top.obj[top.pendingKey];
    return undefined;
  };
  const valueDone = () => {
    const top = stack[stack.length - 1];
    if (!top) return;
    if (top.arr) top.index++;
    else top.pendingKey = undefined;
  };
  const open = (kind: '{' | '[') => {
    const child = childValue();
    stack.push({
      obj: kind === '{' && isJsonObject(child as never) ? (child as JsonObject) : undefined,
      arr: kind === '[' && Array.isArray(child) ? (child as JsonValue[]) : undefined,
      keys: [],
      index: 0,
      expectKey: kind === '{',
      pendingKey: undefined,
    });
  };
  const close = () => {
    const frame = stack.pop();
    if (frame?.obj) {
      const seen = new Set<string>();
      const keys = frame.keys.filter((k) => (seen.has(k) ? false : (seen.add(k), true)));
      const actual = Object.keys(frame.obj);
      if (keys.length === actual.length && keys.some((k, j) => actual[j] !== k) && actual.every((k) => seen.has(k))) remember(frame.obj, keys);
    }
    valueDone();
  };
  while (i < n) {
    const c = text[i];
    if (c === '{' || c === '[') {
      open(c);
      i++;
    } else if (c === '}' || c === ']') {
      close();
      i++;
    } else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top && !top.arr) top.expectKey = true;
      i++;
    } else if (c === '"') {
      let j = i + 1;
      while (j < n && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top && !top.arr && top.expectKey) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        top.keys.push(key);
        top.pendingKey = key;
        top.expectKey = false;
      } else valueDone();
      i = j + 1;
    } else if (c === ':' || c === ' ' || c === '\n' || c === '\r' || c === '\t') {
      i++;
    } else {
      // A number, true, false or null.
      while (i < n && !',}] \n\r\t'.includes(text[i] as string)) i++;
      valueDone();
    }
  }
}
