import { isJsonObject } from '../json';
import type { PluginEdit } from './edit-types';
import { HOOK_KINDS } from './model';

/**
 * Checks the shape of an edit at run time (edits may come from stored drafts or other code): returns why
 * it is malformed, or null. Positions are checked later against the document.
 */
export function validateEdit(edit: unknown): string | null {
  if (!isJsonObject(edit as never)) return 'An edit must be an object.';
  const e = edit as Record<string, unknown>;
  const isHook = (h: unknown) => typeof h === 'string' && (HOOK_KINDS as readonly string[]).includes(h);
  const isRef = (r: unknown) => {
    if (typeof r !== 'object' || r === null) return false;
    const ref = r as Record<string, unknown>;
    return isHook(ref['hook']) && typeof ref['index'] === 'number' && Number.isInteger(ref['index']);
  };
  const isFn = (f: unknown) => typeof f === 'object' && f !== null && typeof (f as Record<string, unknown>)['name'] === 'string' && fieldsOk(f);
  const fieldsOk = (f: unknown) => {
    if (typeof f !== 'object' || f === null || Array.isArray(f)) return false;
    const o = f as Record<string, unknown>;
    const opt = (k: string, t: string) => o[k] === undefined || typeof o[k] === t;
    return opt('name', 'string') && opt('path', 'string') && opt('enabled', 'boolean') && opt('requireSession', 'boolean') && opt('rawBodyOnly', 'boolean');
  };
  const intOk = (v: unknown) => typeof v === 'number' && Number.isInteger(v);
  switch (e['type'] as PluginEdit['type']) {
    case 'attach':
      return isHook(e['hook']) && isFn(e['fn']) && (e['index'] === undefined || intOk(e['index'])) ? null : 'attach needs a hook, a function with a name and an optional whole-number index.';
    case 'move':
      return isRef(e['from']) && isRef(e['to']) ? null : 'move needs a from and a to position.';
    case 'detach':
      return isRef(e['at']) ? null : 'detach needs a position.';
    case 'setEnabled':
      return isRef(e['at']) && typeof e['enabled'] === 'boolean' ? null : 'setEnabled needs a position and true or false.';
    case 'updateFunction':
      return isRef(e['at']) && fieldsOk(e['fields']) && (e['fields'] as Record<string, unknown>)['enabled'] === undefined ? null : 'updateFunction needs a position and fields.';
    case 'setDriver':
      return typeof e['driver'] === 'string' ? null : 'setDriver needs a driver name.';
    case 'setCustomAuthEnabled':
      return typeof e['enabled'] === 'boolean' ? null : 'setCustomAuthEnabled needs true or false.';
    case 'setIdExtractor':
      return e['idExtractor'] === null || isJsonObject(e['idExtractor'] as never) ? null : 'setIdExtractor needs an object or null.';
    case 'attachEndpointPlugin':
      return (e['kind'] === 'goPlugin' || e['kind'] === 'virtual') &&
        typeof e['method'] === 'string' &&
        typeof e['path'] === 'string' &&
        isFn(e['fn']) &&
        (e['operationId'] === undefined || typeof e['operationId'] === 'string') &&
        (e['version'] === undefined || typeof e['version'] === 'string')
        ? null
        : 'attachEndpointPlugin needs a kind, a method, a path and a function.';
    case 'detachEndpointPlugin':
      return intOk(e['index']) ? null : 'detachEndpointPlugin needs an index.';
    case 'updateEndpointPlugin':
      return intOk(e['index']) && fieldsOk(e['fields']) && (e['fields'] as Record<string, unknown>)['rawBodyOnly'] === undefined ? null : 'updateEndpointPlugin needs an index and fields.';
    case 'setBundle': {
      const paths = e['paths'];
      const pathsOk = paths === undefined || (Array.isArray(paths) && paths.every((p) => typeof p === 'string'));
      return pathsOk && (e['enabled'] === undefined || typeof e['enabled'] === 'boolean') ? null : 'setBundle needs a list of file names and/or enabled.';
    }
    case 'setConfigData':
      return (e['value'] === undefined || isJsonObject(e['value'] as never)) && (e['enabled'] === undefined || typeof e['enabled'] === 'boolean')
        ? null
        : 'setConfigData needs an object value and/or enabled.';
    case 'restore': {
      const path = e['path'];
      const prev = e['previous'] as Record<string, unknown> | null | undefined;
      const pathOk = Array.isArray(path) && path.length <= 512 && path.every((k) => typeof k === 'string' || (typeof k === 'number' && Number.isInteger(k)));
      const prevOk = typeof prev === 'object' && prev !== null && (prev['present'] === false || (prev['present'] === true && prev['value'] !== undefined));
      return pathOk && prevOk ? null : 'restore needs a path and the previous value.';
    }
    default:
      return `Unknown edit "${String(e['type'])}".`;
  }
}
