import type { JsonObject, JsonPath, JsonValue } from '../json';
import type { REMOVE } from '../json-edit';
import type { FunctionInput } from './edit-types';
import type { PluginFunction } from './model';

/** How one format names a function's fields in one place (Classic `name`/`disabled`, OAS `functionName`/`enabled`...). */
export interface FieldNames {
  name: string;
  path: string;
  /** The on/off flag; `inverted` when the field says "disabled". */
  enabled: { key: string; inverted: boolean };
  requireSession?: string;
  rawBodyOnly?: string;
}

/** Where a hook's functions live in one document, and how to write them. */
export interface HookSlot {
  /** 'list': an array at `path`; 'single': one object at `path` (auth, Classic analytics). */
  kind: 'list' | 'single';
  path: JsonPath;
  fields: FieldNames;
  /** Entries of the same family move between slots as they are (extra fields such as `code` kept). */
  family: string;
  /** A fresh entry for a function. */
  create(fn: FunctionInput): JsonObject;
  /**
   * list: what to delete when the last entry goes (OAS lists must not be empty); single: what to delete on
   * detach. Several paths when an emptied list would otherwise let a shadowed one take effect.
   */
  clear?: readonly JsonPath[];
}

export const PLUGIN_FIELDS = ['name', 'path', 'enabled', 'requireSession', 'rawBodyOnly'] as const;

/**
 * The key changes that write `changes` into `entry`: a field already present is set in place; a missing
 * one is added only when it says something (a non-empty string, a flag that is not the default).
 */
export function fieldChanges(entry: JsonObject | undefined, names: FieldNames, changes: Partial<FunctionInput>): Record<string, JsonValue | typeof REMOVE> {
  const out: Record<string, JsonValue | typeof REMOVE> = {};
  const has = (key: string) => entry !== undefined && Object.prototype.hasOwnProperty.call(entry, key);
  const put = (key: string | undefined, value: string | boolean, isDefault: boolean) => {
    if (key === undefined) return;
    if (has(key) || !isDefault) out[key] = value;
  };
  if (changes.name !== undefined) put(names.name, changes.name, false);
  if (changes.path !== undefined) put(names.path, changes.path, changes.path === '');
  if (changes.enabled !== undefined) {
    const { key, inverted } = names.enabled;
    const value = inverted ? !changes.enabled : changes.enabled;
    // The default of an inverted flag (disabled) is false; of `enabled` there is none: absent reads as off.
    put(key, value, inverted ? value === false : false);
  }
  if (changes.requireSession !== undefined) put(names.requireSession, changes.requireSession, !changes.requireSession);
  if (changes.rawBodyOnly !== undefined) put(names.rawBodyOnly, changes.rawBodyOnly, !changes.rawBodyOnly);
  return out;
}

/** A function as input for `create`, from what was read. */
export function toInput(fn: PluginFunction): FunctionInput {
  return { name: fn.name, path: fn.path, enabled: fn.enabled, requireSession: fn.requireSession, rawBodyOnly: fn.rawBodyOnly };
}

/** Full input with defaults filled in. */
export function withDefaults(fn: FunctionInput): Required<FunctionInput> {
  return {
    name: fn.name,
    path: fn.path ?? '',
    enabled: fn.enabled ?? true,
    requireSession: fn.requireSession ?? false,
    rawBodyOnly: fn.rawBodyOnly ?? false,
  };
}
