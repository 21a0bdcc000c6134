import type { EditOptions } from './edit-types';
import type { FunctionRef } from './edit-types';
import type { HookKind, PluginModel } from './model';
import { COPROCESS_DRIVERS, HOOK_LABEL, JSVM_DRIVERS, driverServesHook } from './driver-matrix';
import type { Verdict } from './driver-matrix';

export type { Verdict } from './driver-matrix';

/** What a hook needs to know about a function to accept it. */
export interface FunctionLike {
  name: string;
  path?: string;
}

const OK: Verdict = { ok: true };
const refuse = (code: string, reason: string): Verdict => ({ ok: false, code, reason });
const isSo = (path: string) => path.trim().toLowerCase().endsWith('.so');

/** Checks a function's own fields against the hook and the driver (name, file type). */
export function checkFunction(model: PluginModel, hook: HookKind, fn: FunctionLike, options: EditOptions = {}): Verdict {
  if (fn.name.trim() === '') return refuse('empty-name', 'A function needs a name: the gateway looks the function up by it.');
  const path = fn.path ?? '';
  if (hook === 'analytics') {
    if (!isSo(path)) return refuse('analytics-not-go', 'The analytics plugin must be a compiled Go plugin (a .so file), whatever the API\'s driver.');
    return OK;
  }
  const served = driverServesHook(model.driver, hook, options);
  if (!served.ok) return served;
  if (model.driver === 'goplugin' && !isSo(path)) {
    return refuse('driver-path-mismatch', `The goplugin driver loads compiled Go plugins: the path must name a .so file${path ? `, not "${path}"` : ''}.`);
  }
  // A .so under another driver: only the response hook sends it to Go; elsewhere it fails to load.
  if (model.driver !== 'goplugin' && isSo(path) && hook !== 'response') {
    const what = (JSVM_DRIVERS as readonly string[]).includes(model.driver) ? 'JavaScript files' : 'functions from its bundle or server';
    return refuse('driver-path-mismatch', `The ${model.driver} driver cannot load a Go .so in the ${HOOK_LABEL[hook]} hook (it runs ${what}); switch the driver to goplugin or pick another file.`);
  }
  return OK;
}

/**
 * Whether `hook` would accept `fn` now, and if not why: for the UI while dragging, and for every edit.
 * `options.moving` is the function being moved, which does not count as already occupying its hook.
 */
export function canAttach(model: PluginModel, hook: HookKind, fn: FunctionLike, options: EditOptions & { moving?: FunctionRef } = {}): Verdict {
  const occupied = model.hooks[hook].functions.filter((_, i) => !(options.moving?.hook === hook && options.moving.index === i));
  const keyless = keylessRefusal(model, hook);
  if (keyless) return keyless;
  if (hook === 'auth' && occupied.length > 0) {
    return refuse('auth-occupied', `The auth hook holds one function and "${occupied[0]?.name ?? ''}" is already there: remove or move it first.`);
  }
  if (hook === 'analytics' && occupied.length > 0) {
    return refuse('analytics-occupied', `An API has one analytics plugin and "${occupied[0]?.name ?? ''}" is already there: remove it first.`);
  }
  return checkFunction(model, hook, fn, options);
}

/** A keyless API skips authentication and the post-auth hooks with it (gateway/api_loader.go processSpec). */
function keylessRefusal(model: PluginModel, hook: HookKind): Verdict | undefined {
  if (!model.keyless || (hook !== 'auth' && hook !== 'postAuth')) return undefined;
  const what = hook === 'auth' ? 'A custom auth plugin' : 'Post-auth plugins';
  return refuse(`keyless-${hook === 'auth' ? 'auth' : 'post-auth'}`, `${what} never run on a keyless API: the gateway skips authentication and everything after it. Turn authentication on first.`);
}

/**
 * Why `hook` can take no function at all as the API stands (its driver, a keyless API) on this gateway build:
 * the pipeline shows it as locked before anything is dragged. Undefined when some function could go there;
 * what depends on the function itself (its file, a full auth hook) is `canAttach`'s to say.
 */
export function hookLock(model: PluginModel, hook: HookKind, options: EditOptions = {}): string | undefined {
  const keyless = keylessRefusal(model, hook);
  if (keyless && !keyless.ok) return keyless.reason;
  const served = driverServesHook(model.driver, hook, options);
  return served.ok ? undefined : served.reason;
}

/** The id extractor is used by co-process auth only (python, lua, grpc); other drivers ignore it. */
export function canSetIdExtractor(model: PluginModel): Verdict {
  if ((COPROCESS_DRIVERS as readonly string[]).includes(model.driver)) return OK;
  return refuse('id-extractor-ignored', `The id extractor is used only by co-process auth (python, grpc, lua); the ${model.driver || 'current'} driver ignores it.`);
}
