import { isJsonObject, type JsonObject, type JsonValue } from '../json';
import { drain, STEP_ENTRIES, type Steps } from '../steps';

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

/** `oasOperations` a slice of the operations per step, for a page that must keep answering; same cache. */
export function* oasOperationSteps(doc: JsonObject, size = STEP_ENTRIES): Steps<readonly [string, JsonObject][]> {
  const operations = objectAt(tykExtension(doc), 'middleware', 'operations');
  if (!operations) return [];
  // Read once per operations object (edits make a new one): the chain asks many times, and an API may
  // have 200,000 operations.
  const known = operationsRead.get(operations);
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
const operationsRead = new WeakMap<JsonObject, readonly [string, JsonObject][]>();
const enabledRead = new WeakMap<readonly [string, JsonObject][], Map<string, boolean>>();

/** Some OAS operation has `<key>.enabled: true`. */
export function oasOperationHasEnabled(doc: JsonObject, key: string): boolean {
  const operations = oasOperations(doc);
  let answers = enabledRead.get(operations);
  if (!answers) enabledRead.set(operations, (answers = new Map()));
  let answer = answers.get(key);
  if (answer === undefined) {
    const every = enabledKeys.get(operations);
    answer = every ? every.has(key) : operations.some(([, operation]) => isTrue(operation, key, 'enabled'));
    answers.set(key, answer);
  }
  return answer;
}

/** Per operations list, every `<key>` some operation has with `enabled: true` (when read in advance). */
const enabledKeys = new WeakMap<readonly [string, JsonObject][], Set<string>>();
/** Per operations list, every key some operation has (read in the same pass). */
const presentKeys = new WeakMap<readonly [string, JsonObject][], Set<string>>();

/** Some OAS operation has one of `keys` (whatever its value). */
export function oasOperationHasKey(doc: JsonObject, ...keys: string[]): boolean {
  const operations = oasOperations(doc);
  const present = presentKeys.get(operations);
  if (present) return keys.some((key) => present.has(key));
  return operations.some(([, operation]) => keys.some((key) => key in operation));
}

/**
 * Every answer of `oasOperationHasEnabled` in one pass over the operations, a slice per step: the chain asks
 * about a dozen keys, each a pass over 200,000 operations on a large API.
 */
export function* oasEnabledSteps(doc: JsonObject, size = STEP_ENTRIES): Steps<void> {
  const operations = yield* oasOperationSteps(doc, size);
  if (enabledKeys.has(operations)) return;
  const found = new Set<string>();
  const present = new Set<string>();
  for (let start = 0; start < operations.length; start += size) {
    if (start > 0) yield;
    for (const [, operation] of operations.slice(start, start + size)) {
      for (const key of Object.keys(operation)) {
        present.add(key);
        if (!found.has(key) && isTrue(operation, key, 'enabled')) found.add(key);
      }
    }
  }
  enabledKeys.set(operations, found);
  presentKeys.set(operations, present);
}
