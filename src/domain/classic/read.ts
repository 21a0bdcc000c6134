import type { JsonObject, JsonPath } from '../json';
import type { ReadContext } from '../definition/read-context';
import type { ReadParts } from '../definition/read-context';
import { ALL_PARTS } from '../definition/read-context';
import type { HookBinding, HookKind, PluginFunction, PluginModel } from '../pipeline/model';
import { CLASSIC_AUTH_SWITCHES, CLASSIC_HOOK_FIELD, CM } from './fields';
import { readClassicEndpointPlugins, readClassicEndpoints } from './read-endpoints';

/** Reads one Classic `MiddlewareDefinition` (name, path, disabled, require_session, raw_body_only). */
export function readClassicFunction(ctx: ReadContext, entry: JsonObject | undefined, path: JsonPath): PluginFunction {
  return {
    name: ctx.str(entry, 'name', path),
    path: ctx.str(entry, 'path', path),
    enabled: !ctx.bool(entry, 'disabled', path),
    requireSession: ctx.bool(entry, 'require_session', path),
    rawBodyOnly: ctx.bool(entry, 'raw_body_only', path),
    source: path,
  };
}

/** Reads `custom_middleware.<pre|post_key_auth|post|response>[]`. */
function readList(ctx: ReadContext, cm: JsonObject | undefined, hook: HookKind, field: string): HookBinding {
  const source: JsonPath = [CM, field];
  const list = ctx.arr(cm, field, [CM]) ?? [];
  const functions: PluginFunction[] = [];
  list.forEach((raw, index) => {
    const entry = ctx.item(raw, [...source, index]);
    if (entry) functions.push(readClassicFunction(ctx, entry, [...source, index]));
  });
  return { hook, functions, source };
}

/** A function slot that exists only when it names something (the gateway writes empty auth_check objects). */
function isFilled(fn: PluginFunction): boolean {
  return fn.name !== '' || fn.path !== '';
}

/** Reads the plugin parts of a Tyk Classic definition. Never throws; wrong types are skipped via ctx. */
export function readClassic(doc: JsonObject, ctx: ReadContext, parts: ReadParts = ALL_PARTS): PluginModel {
  const cm = ctx.obj(doc, CM, []);
  const hooks = {} as Record<HookKind, HookBinding>;
  hooks.pre = readList(ctx, cm, 'pre', CLASSIC_HOOK_FIELD.pre);

  // custom_middleware.auth_check: one function at most.
  const authPath: JsonPath = [CM, 'auth_check'];
  const authEntry = ctx.obj(cm, 'auth_check', [CM]);
  const authFn = readClassicFunction(ctx, authEntry, authPath);
  hooks.auth = { hook: 'auth', functions: authEntry && isFilled(authFn) ? [authFn] : [], source: authPath };

  hooks.postAuth = readList(ctx, cm, 'postAuth', CLASSIC_HOOK_FIELD.postAuth);
  hooks.post = readList(ctx, cm, 'post', CLASSIC_HOOK_FIELD.post);
  hooks.response = readList(ctx, cm, 'response', CLASSIC_HOOK_FIELD.response);

  // analytics_plugin {enable, plugin_path, func_name}: Go only, one at most.
  const anPath: JsonPath = ['analytics_plugin'];
  const an = ctx.obj(doc, 'analytics_plugin', []);
  const anFn: PluginFunction = {
    name: ctx.str(an, 'func_name', anPath),
    path: ctx.str(an, 'plugin_path', anPath),
    enabled: ctx.bool(an, 'enable', anPath),
    requireSession: false,
    rawBodyOnly: false,
    source: anPath,
  };
  hooks.analytics = { hook: 'analytics', functions: an && isFilled(anFn) ? [anFn] : [], source: anPath };

  const authSwitches = CLASSIC_AUTH_SWITCHES.map((field, i) => ({
    field,
    on: ctx.bool(doc, field, []),
    deprecated: i > 0,
    path: [field] as JsonPath,
  }));

  const idExtractor = ctx.obj(cm, 'id_extractor', [CM]);
  const bundleRaw = ctx.str(doc, 'custom_middleware_bundle', []);
  const configValue = ctx.obj(doc, 'config_data', []);

  const model: PluginModel = {
    format: 'classic',
    driver: ctx.str(cm, 'driver', [CM]),
    driverSource: [CM, 'driver'],
    hooks,
    customAuthEnabled: authSwitches.some((s) => s.on),
    authSwitches,
    keyless: ctx.bool(doc, 'use_keyless', []),
    idExtractorSource: [CM, 'id_extractor'],
    endpointPlugins: parts.endpointPlugins ? readClassicEndpointPlugins(ctx, doc) : [],
    endpoints: parts.endpoints ? readClassicEndpoints(doc) : [],
    bundle: {
      paths: splitBundleList(bundleRaw),
      enabled: !ctx.bool(doc, 'custom_middleware_bundle_disabled', []),
      source: ['custom_middleware_bundle'],
    },
    configData: {
      enabled: !ctx.bool(doc, 'config_data_disabled', []),
      value: configValue ?? {},
      source: ['config_data'],
    },
  };
  if (idExtractor) model.idExtractor = idExtractor;
  return model;
}

/** `custom_middleware_bundle`: one name or a comma-separated list, merged in order by the gateway. */
export function splitBundleList(raw: string): string[] {
  return raw
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
