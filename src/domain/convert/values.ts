import { isJsonObject, type JsonObject, type JsonValue } from '../json';

/**
 * Readers that see a JSON value as the gateway's Go struct field would: a wrong type reads as Go's zero
 * value (the gateway would refuse such a definition; the conversion never throws on one).
 */
export const str = (value: JsonValue | undefined): string => (typeof value === 'string' ? value : '');

export const num = (value: JsonValue | undefined): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

export const list = (value: JsonValue | undefined): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** A `map[string]string`: its string entries, in the document's order. */
export const stringEntries = (value: JsonValue | undefined): [string, string][] =>
  isJsonObject(value)
    ? Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    : [];

export const obj = (value: JsonValue | undefined): JsonObject => (isJsonObject(value) ? value : {});

/** The object at `parent[key]`, made when missing, so settings land beside what is already there. */
export function childOf(parent: JsonObject, key: string): JsonObject {
  const existing = parent[key];
  if (isJsonObject(existing)) return existing;
  const made: JsonObject = {};
  parent[key] = made;
  return made;
}
