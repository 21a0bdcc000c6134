import { applyEdit, readPluginModel } from '../../domain';
import { isJsonObject, type JsonObject, type JsonValue } from '../../domain/json';
import type { DefinitionFormat, HookKind } from '../../domain/pipeline/model';
import { HOOK_WORDS } from '../../domain/pipeline/driver-matrix';
import type { BundleFiles } from '../../domain/bundle';
import type { PluginFiles } from '../../drafts/draft-types';

/** Manifest `custom_middleware` lists (the Classic shape) and the hooks they fill. */
const MANIFEST_HOOKS: readonly [string, HookKind][] = [
  ['pre', 'pre'],
  ['post_key_auth', 'postAuth'],
  ['post', 'post'],
  ['response', 'response'],
];
const REQUEST_HOOKS: readonly HookKind[] = ['pre', 'auth', 'postAuth', 'post', 'response'];

export interface RestoredBundle {
  doc: JsonObject;
  files: PluginFiles;
  /** Text files restored, and what was left out (binary files, refused entries). */
  restored: string[];
  skipped: string[];
}

const str = (value: JsonValue | undefined): string => (typeof value === 'string' ? value : '');
const bool = (value: JsonValue | undefined): boolean => value === true;

function entryInput(raw: JsonValue | undefined) {
  if (!isJsonObject(raw)) return undefined;
  return {
    name: str(raw.name),
    path: str(raw.path),
    enabled: !bool(raw.disabled),
    requireSession: bool(raw.require_session),
    rawBodyOnly: bool(raw.raw_body_only),
  };
}

/**
 * A bundle's manifest `custom_middleware` put into the definition through domain edits (so Classic and OAS
 * alike get it in their own fields): the driver, then the request hooks replaced by the manifest's lists,
 * as the gateway replaces them when it loads the bundle. Text files join the draft's files.
 */
export function restoreBundle(
  doc: JsonObject,
  format: DefinitionFormat,
  files: PluginFiles,
  bundle: { customMiddleware: JsonObject; files: BundleFiles },
): RestoredBundle {
  const skipped: string[] = [];
  let next = doc;
  const apply = (edit: Parameters<typeof applyEdit>[2], what: string): void => {
    const result = applyEdit(next, format, edit, { luaAvailable: true });
    if (result.ok) next = result.doc;
    else skipped.push(`${what}: ${result.reason}`);
  };

  const cm = bundle.customMiddleware;
  const driver = str(cm.driver);
  if (driver && driver !== readPluginModel(next, format).driver) apply({ type: 'setDriver', driver }, 'driver');

  const model = readPluginModel(next, format);
  for (const hook of REQUEST_HOOKS) {
    for (let index = model.hooks[hook].functions.length - 1; index >= 0; index--) {
      apply({ type: 'detach', at: { hook, index } }, `removing ${HOOK_WORDS[hook]} function ${index + 1}`);
    }
  }
  for (const [field, hook] of MANIFEST_HOOKS) {
    const list = cm[field];
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const fn = entryInput(raw);
      if (fn && fn.name) apply({ type: 'attach', hook, fn }, `${field} "${fn.name}"`);
    }
  }
  const auth = entryInput(cm.auth_check);
  if (auth && auth.name) apply({ type: 'attach', hook: 'auth', fn: auth }, `auth_check "${auth.name}"`);

  const restored: string[] = [];
  const merged: Record<string, string> = { ...files };
  for (const [name, content] of Object.entries(bundle.files)) {
    if (typeof content === 'string') {
      merged[name] = content;
      restored.push(name);
    } else {
      skipped.push(`${name}: a binary file (a compiled plugin?) is not kept in the editor`);
    }
  }
  return { doc: next, files: merged, restored, skipped };
}
