import type { JsonObject, JsonPath, JsonValue } from '../json';
import type {
  DefinitionFormat,
  Finding,
  HookKind,
  PluginFunction,
  PluginModel,
  Severity,
} from '../pipeline/model';
import type { GatewayProfile } from '../profile/profile';

export interface LintOptions {
  /** The gateway the definition runs on. Without it only the definition's own rules run (Lua counts as unavailable). */
  profile?: GatewayProfile;
  /** Plugin source files by file name (as the definition or bundle names them), for rules that read code. */
  pluginFiles?: Record<string, string>;
  /** Bundle manifests (manifest.json) by bundle name: their hooks are the ones judged, and their signatures. */
  bundleManifests?: Record<string, JsonValue>;
}

export interface LintContext extends LintOptions {
  doc: JsonObject;
  format: DefinitionFormat;
  /** What runs: the definition's hooks, or with a bundle in use its manifests' (bundle/running-model). */
  model: PluginModel;
  /** The definition's own plugin fields, as written. */
  definition: PluginModel;
}

/** A bundle is in use and its manifest is not at hand: the hooks, and the driver, are unknown here. */
export const hooksUnknown = (model: PluginModel): boolean => model.bundleHooks !== undefined && !model.bundleHooks.read;

export interface Rule {
  /** The finding codes this rule can give. */
  codes: readonly string[];
  check: (ctx: LintContext) => Finding[];
}

export function finding(
  severity: Severity,
  code: string,
  message: string,
  path: JsonPath,
  fix?: string,
): Finding {
  return fix ? { severity, code, message, fix, path } : { severity, code, message, path };
}

/** The global hooks whose functions run in the request chain (analytics is separate: always a Go .so). */
export const REQUEST_HOOKS: readonly HookKind[] = ['pre', 'auth', 'postAuth', 'post', 'response'];

export interface BoundFunction {
  hook: HookKind;
  fn: PluginFunction;
}

/** The enabled functions of these hooks, in lifecycle order. */
export function enabledFunctions(
  model: PluginModel,
  hooks: readonly HookKind[] = REQUEST_HOOKS,
): BoundFunction[] {
  return hooks.flatMap((hook) =>
    model.hooks[hook].functions.filter((fn) => fn.enabled).map((fn) => ({ hook, fn })),
  );
}

/** The value at a JSON path, or undefined. */
export function valueAt(doc: JsonValue, path: JsonPath): JsonValue | undefined {
  let current: JsonValue | undefined = doc;
  for (const key of path) {
    if (typeof key === 'number') current = Array.isArray(current) ? current[key] : undefined;
    else if (
      current &&
      typeof current === 'object' &&
      !Array.isArray(current) &&
      Object.prototype.hasOwnProperty.call(current, key)
    )
      current = current[key];
    else return undefined;
  }
  return current;
}
