import type { JsonPath } from '../json';
import {
  HOOK_KINDS,
  type DefinitionFormat,
  type HookBinding,
  type HookKind,
  type PluginFunction,
  type PluginModel,
} from '../pipeline/model';

/** A model with nothing bound: the starting point for hand-built models (tests, previews). */
export function emptyModel(format: DefinitionFormat, overrides: Partial<PluginModel> = {}): PluginModel {
  const hooks = Object.fromEntries(
    HOOK_KINDS.map((hook): [HookKind, HookBinding] => [hook, { hook, functions: [], source: [hook] }]),
  ) as Record<HookKind, HookBinding>;
  return {
    format,
    driver: '',
    hooks,
    customAuthEnabled: false,
    keyless: false,
    endpointPlugins: [],
    endpoints: [],
    bundle: { paths: [], enabled: false },
    configData: { enabled: false, value: {} },
    ...overrides,
  };
}

/** One bound function; enabled unless told otherwise. */
export function pluginFunction(
  name: string,
  path = '',
  extra: Partial<PluginFunction> & { source?: JsonPath } = {},
): PluginFunction {
  return { name, path, enabled: true, requireSession: false, rawBodyOnly: false, source: [], ...extra };
}

/** The model with these functions bound to a hook. */
export function withHook(model: PluginModel, hook: HookKind, functions: PluginFunction[]): PluginModel {
  return { ...model, hooks: { ...model.hooks, [hook]: { ...model.hooks[hook], functions } } };
}
