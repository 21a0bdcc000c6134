import { isJsonObject, type JsonObject, type JsonValue } from '../json';
import { drain, STEP_ENTRIES, type Steps } from '../steps';
import { oneKeyEditOf } from '../edit-record';

/** Small, total readers over untrusted JSON: a wrong type reads as absent, never throws. */

export function at(value: JsonValue | undefined, ...keys: string[]): JsonValue | undefined {
  let current = value;
  for (const key of keys) {
    if (!isJsonObject(current)) return undefined;
    current = Object.prototype.hasOwnProperty.call(current, key) ? current[key] : undefined;
  }
  return current;
}

export function isTrue(value: JsonValue | undefined, ...keys: string[]): boolean {
  return at(value, ...keys) === true;
}

export function objectAt(value: JsonValue | undefined, ...keys: string[]): JsonObject | undefined {
  const found = at(value, ...keys);
  return isJsonObject(found) ? found : undefined;
}

export function arrayAt(value: JsonValue | undefined, ...keys: string[]): JsonValue[] {
  const found = at(value, ...keys);
  return Array.isArray(found) ? found : [];
}

export function stringAt(value: JsonValue | undefined, ...keys: string[]): string {
  const found = at(value, ...keys);
  return typeof found === 'string' ? found : '';
}

export function numberAt(value: JsonValue | undefined, ...keys: string[]): number {
  const found = at(value, ...keys);
  return typeof found === 'number' && Number.isFinite(found) ? found : 0;
}

/** Classic `version_data.versions.<name>`: each version object with its name. */
export function classicVersions(doc: JsonObject): [string, JsonObject][] {
  const versions = objectAt(doc, 'version_data', 'versions');
  if (!versions) return [];
  return Object.entries(versions).filter((entry): entry is [string, JsonObject] => isJsonObject(entry[1]));
}

/** Classic `version_data.versions.*.extended_paths.<key>[]` entries, across every version. */
export function classicExtended(doc: JsonObject, key: string): JsonObject[] {
  const out: JsonObject[] = [];
  for (const [, version] of classicVersions(doc)) {
    for (const entry of arrayAt(version, 'extended_paths', key)) if (isJsonObject(entry)) out.push(entry);
  }
  return out;
}

/** Some Classic extended path entry of this kind is not `disabled`. */
export function classicHasActive(doc: JsonObject, key: string): boolean {
  return classicExtended(doc, key).some((entry) => entry.disabled !== true);
}

/** The `x-tyk-api-gateway` extension of a Tyk OAS definition ({} when absent). */
export function tykExtension(doc: JsonObject): JsonObject {
  return objectAt(doc, 'x-tyk-api-gateway') ?? {};
}

/** OAS `x-tyk-api-gateway.middleware.operations.<operationId>` objects. */
export function oasOperations(doc: JsonObject): readonly [string, JsonObject][] {
  return drain(oasOperationSteps(doc, Infinity));
}

type Operations = readonly [string, JsonObject][];

/** `oasOperations` a slice of the operations per step, for a page that must keep answering; same cache. */
export function* oasOperationSteps(doc: JsonObject, size = STEP_ENTRIES): Steps<Operations> {
  const operations = objectAt(tykExtension(doc), 'middleware', 'operations');
  if (!operations) return [];
  // Read once per operations object (edits make a new one): the chain asks many times, and an API may
  // have 200,000 operations. An edit of one operation is redone from the list of the one it was copied from.
  const known = operationsRead.get(operations) ?? listAfterEdit(operations);
  if (known) return known;
  const listed: [string, JsonObject][] = [];
  const ids = Object.keys(operations);
  for (let start = 0; start < ids.length; start += size) {
    if (start > 0) yield;
    for (const id of ids.slice(start, start + size)) {
      const operation = operations[id];
      if (isJsonObject(operation)) listed.push([id, operation]);
    }
  }
  operationsRead.set(operations, listed);
  return listed;
}
const operationsRead = new WeakMap<JsonObject, Operations>();
/** A list made from another by one operation's change: what it was and is (counts are redone from these). */
const listEdits = new WeakMap<Operations, { before: Operations; was: JsonObject | undefined; now: JsonObject | undefined }>();

/** The list of an operations object that an edit made from one already read, changing one operation. */
function listAfterEdit(operations: JsonObject): Operations | undefined {
  const edit = oneKeyEditOf(operations);
  const before = edit && operationsRead.get(edit.base);
  // An index-like key ("404") is listed first by JavaScript, not at the end where an edit appends it.
  if (!edit || !before || !edit.inOrder) return undefined;
  const value = operations[edit.key];
  const now = isJsonObject(value) ? value : undefined;
  const position = edit.added ? -1 : before.findIndex(([id]) => id === edit.key);
  const was = position < 0 ? undefined : before[position]?.[1];
  let list: Operations;
  if (position < 0) {
    // A key that was there but not an object (so not listed) and is one now: its place is not known here.
    if (!edit.added && now) return undefined;
    list = now ? [...before, [edit.key, now]] : before.slice();
  } else if (now) {
    const copy = before.slice();
    copy[position] = [edit.key, now];
    list = copy;
  } else list = [...before.slice(0, position), ...before.slice(position + 1)];
  operationsRead.set(operations, list);
  listEdits.set(list, { before, was, now });
  return list;
}

/** Per operations list: how many operations have each key, and how many have `<key>.enabled: true`. */
interface KeyCounts {
  present: Map<string, number>;
  enabled: Map<string, number>;
}
const keyCounts = new WeakMap<Operations, KeyCounts>();

function count(counts: KeyCounts, operation: JsonObject, by: 1 | -1): void {
  for (const key of Object.keys(operation)) {
    counts.present.set(key, (counts.present.get(key) ?? 0) + by);
    if (isTrue(operation, key, 'enabled')) counts.enabled.set(key, (counts.enabled.get(key) ?? 0) + by);
  }
}

/** The counts of a list, redone from the list it was edited from when that one's are known. */
function countsOf(operations: Operations): KeyCounts {
  const known = keyCounts.get(operations);
  if (known) return known;
  const edit = listEdits.get(operations);
  const before = edit && keyCounts.get(edit.before);
  if (edit && before) {
    const counts: KeyCounts = { present: new Map(before.present), enabled: new Map(before.enabled) };
    if (edit.was) count(counts, edit.was, -1);
    if (edit.now) count(counts, edit.now, 1);
    keyCounts.set(operations, counts);
    return counts;
  }
  drain(countSteps(operations, Infinity));
  return keyCounts.get(operations) as KeyCounts;
}

/** Some OAS operation has `<key>.enabled: true`. */
export function oasOperationHasEnabled(doc: JsonObject, key: string): boolean {
  return (countsOf(oasOperations(doc)).enabled.get(key) ?? 0) > 0;
}

/** Some OAS operation has one of `keys` (whatever its value). */
export function oasOperationHasKey(doc: JsonObject, ...keys: string[]): boolean {
  const present = countsOf(oasOperations(doc)).present;
  return keys.some((key) => (present.get(key) ?? 0) > 0);
}

/**
 * Every answer of `oasOperationHasEnabled` and `oasOperationHasKey` in one pass over the operations, a slice
 * per step: the chain asks about a dozen keys, each a pass over 200,000 operations on a large API.
 */
export function* oasEnabledSteps(doc: JsonObject, size = STEP_ENTRIES): Steps<void> {
  const operations = yield* oasOperationSteps(doc, size);
  if (!keyCounts.has(operations)) yield* countSteps(operations, size);
}

function* countSteps(operations: Operations, size: number): Steps<void> {
  const counts: KeyCounts = { present: new Map(), enabled: new Map() };
  for (let start = 0; start < operations.length; start += size) {
    if (start > 0) yield;
    for (const [, operation] of operations.slice(start, start + size)) count(counts, operation, 1);
  }
  keyCounts.set(operations, counts);
}
