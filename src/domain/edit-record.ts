import type { JsonObject, JsonValue } from './json';

/**
 * Containers json-edit made as a copy of another with one key or one element set: the copy → the original
 * and what was set. Readers that index a large container (110,000 operations, 100,000 white_list entries)
 * take the index of the original and redo only that entry, rather than walk the copy again; every other
 * entry is the same value. A module of its own, so that readers on the first screen need not carry json-edit.
 */
export interface OneKeyEdit {
  base: JsonObject;
  key: string;
  /** The key was not in the original. */
  added: boolean;
  /**
   * The copy lists the original's keys in their order, the added key (if any) last. Not so for an added
   * index-like key ("404"), which JavaScript lists first.
   */
  inOrder: boolean;
}
export interface OneIndexEdit {
  base: JsonValue[];
  index: number;
}

const keyEdits = new WeakMap<JsonObject, OneKeyEdit>();
const indexEdits = new WeakMap<JsonValue[], OneIndexEdit>();

export function recordKeyEdit(copy: JsonObject, edit: OneKeyEdit): void {
  keyEdits.set(copy, edit);
}

export function recordIndexEdit(copy: JsonValue[], edit: OneIndexEdit): void {
  indexEdits.set(copy, edit);
}

/** The object `after` was copied from with only `key` set, when json-edit made it so. */
export function oneKeyEditOf(after: JsonObject): OneKeyEdit | undefined {
  return keyEdits.get(after);
}

/** The array `after` was copied from with only the element at `index` replaced, when json-edit made it so. */
export function oneIndexEditOf(after: JsonValue[]): OneIndexEdit | undefined {
  return indexEdits.get(after);
}
