import type { JsonObject, JsonPath, JsonValue } from '../json';
import { isJsonObject } from '../json';
import { REMOVE, deleteIn, getIn, mergeIn, setIn, updateDoc } from '../json-edit';
import type { Step } from './format-writer';
import { blocked, step } from './format-writer';
import type { PluginFunction } from './model';
import type { HookSlot } from './slots';

/** The array index of a list entry (the last key of its source path). */
export function arrayIndexOf(fn: PluginFunction): number {
  const last = fn.source[fn.source.length - 1];
  return typeof last === 'number' ? last : -1;
}

/** Removes one entry from the array at `listPath`, or `clear` instead when it was the only element. */
export function removeAt(doc: JsonObject, listPath: JsonPath, index: number, clear?: readonly JsonPath[]): Step {
  const list = getIn(doc, listPath);
  if (!Array.isArray(list) || index < 0 || index >= list.length) return blocked(listPath);
  if (list.length === 1 && clear) return deleteAll(doc, clear);
  return step(updateDoc(doc, [...listPath, index], () => REMOVE));
}

/** Takes a function out of its hook: a list entry is removed; a single slot is deleted. */
export function removeFunction(doc: JsonObject, slot: HookSlot, fn: PluginFunction): Step {
  if (slot.kind === 'single') return deleteAll(doc, slot.clear ?? [slot.path]);
  return removeAt(doc, fn.source.slice(0, -1), arrayIndexOf(fn), slot.clear);
}

/**
 * Puts an entry into a hook at the position of the model's function `index` (the end when `index` is the
 * number of functions). Model indexes skip unreadable entries, so the array index comes from their sources.
 */
export function insertFunction(doc: JsonObject, slot: HookSlot, entry: JsonObject, index: number, functions: readonly PluginFunction[]): Step {
  const current = getIn(doc, slot.path);
  if (slot.kind === 'single') {
    if (isJsonObject(current)) return step(mergeIn(doc, slot.path, entry));
    if (current === undefined || current === null) return step(setIn(doc, slot.path, entry));
    return blocked(slot.path);
  }
  if (current !== undefined && current !== null && !Array.isArray(current)) return blocked(slot.path);
  const list: JsonValue[] = Array.isArray(current) ? current : [];
  const at = index < functions.length ? arrayIndexOf(functions[index] as PluginFunction) : list.length;
  const next = list.slice();
  next.splice(at, 0, entry);
  return step(setIn(doc, slot.path, next));
}

function deleteAll(doc: JsonObject, paths: readonly JsonPath[]): Step {
  let current = doc;
  for (const path of paths) {
    const result = deleteIn(current, path);
    if (!result.ok) return step(result);
    current = result.value;
  }
  return { ok: true, doc: current };
}
