import type { JsonObject, JsonPath, JsonValue } from '../json';
import type { ReadContext, ReadParts } from '../definition/read-context';
import { ALL_PARTS } from '../definition/read-context';
import type { HookBinding, HookKind, PluginFunction, PluginModel } from '../pipeline/model';
import { splitBundleList } from '../classic/read';
import { AUTHENTICATION_PATH, GLOBAL_PATH, OAS_HOOK_FIELDS, PLUGIN_CONFIG_PATH, XTYK, oasCustomAuthKey, oasHookLocation } from './fields';
import type { OasListHook } from './fields';
import { readOasEndpointPlugins, readOasEndpoints } from './read-endpoints';

/** Reads one OAS `CustomPluginDefinition` (enabled, functionName, path, rawBodyOnly, requireSession). */
export function readOasFunction(ctx: ReadContext, entry: JsonObject | undefined, path: JsonPath): PluginFunction {
  return {
    name: ctx.str(entry, 'functionName', path),
    path: ctx.str(entry, 'path', path),
    enabled: ctx.bool(entry, 'enabled', path),
    requireSession: ctx.bool(entry, 'requireSession', path),
    rawBodyOnly: ctx.bool(entry, 'rawBodyOnly', path),
    source: path,
  };
}

function readEntries(ctx: ReadContext, list: JsonValue[] | undefined, source: JsonPath): PluginFunction[] {
  const out: PluginFunction[] = [];
  (list ?? []).forEach((raw, index) => {
    const entry = ctx.item(raw, [...source, index]);
    if (entry) out.push(readOasFunction(ctx, entry, [...source, index]));
  });
  return out;
}

/** `middleware.global.<hook>Plugins[]` or the legacy `<hook>Plugin.plugins[]`. */
function readList(ctx: ReadContext, global: JsonObject | undefined, hook: OasListHook): HookBinding {
  const { path, shape } = oasHookLocation(global, hook);
  const { plural, legacy } = OAS_HOOK_FIELDS[hook];
  let list: JsonValue[] | undefined;
  if (shape === 'plural') list = ctx.arr(global, plural, GLOBAL_PATH);
  else list = ctx.arr(ctx.obj(global, legacy, GLOBAL_PATH), 'plugins', [...GLOBAL_PATH, legacy]);
  return { hook, functions: readEntries(ctx, list, path), source: path };
}

/** Reads the plugin parts of a Tyk OAS definition (`x-tyk-api-gateway`). Never throws. */
export function readOas(doc: JsonObject, ctx: ReadContext, parts: ReadParts = ALL_PARTS): PluginModel {
  const x = ctx.obj(doc, XTYK, []);
  const server = ctx.obj(x, 'server', [XTYK]);
  const authentication = ctx.obj(server, 'authentication', [XTYK, 'server']);
  const middleware = ctx.obj(x, 'middleware', [XTYK]);
  const global = ctx.obj(middleware, 'global', [XTYK, 'middleware']);
  const pluginConfig = ctx.obj(global, 'pluginConfig', GLOBAL_PATH);

  const hooks = {} as Record<HookKind, HookBinding>;
  hooks.pre = readList(ctx, global, 'pre');

  // server.authentication.custom {enabled, config: {functionName, path, rawBodyOnly, requireSession, idExtractor}}
  const customKey = oasCustomAuthKey(authentication);
  const customPath: JsonPath = [...AUTHENTICATION_PATH, customKey];
  const custom = ctx.obj(authentication, customKey, AUTHENTICATION_PATH);
  const config = ctx.obj(custom, 'config', customPath);
  const configPath: JsonPath = [...customPath, 'config'];
  const authFn = readOasFunction(ctx, config, configPath);
  const authFilled = config !== undefined && (authFn.name !== '' || authFn.path !== '');
  hooks.auth = { hook: 'auth', functions: authFilled ? [authFn] : [], source: configPath };

  hooks.postAuth = readList(ctx, global, 'postAuth');
  hooks.post = readList(ctx, global, 'post');
  hooks.response = readList(ctx, global, 'response');

  // middleware.global.trafficLogs.plugins[] {enabled, functionName, path}
  const trafficPath: JsonPath = [...GLOBAL_PATH, 'trafficLogs'];
  const traffic = ctx.obj(global, 'trafficLogs', GLOBAL_PATH);
  const anSource: JsonPath = [...trafficPath, 'plugins'];
  hooks.analytics = { hook: 'analytics', functions: readEntries(ctx, ctx.arr(traffic, 'plugins', trafficPath), anSource), source: anSource };

  const customEnabled = ctx.bool(custom, 'enabled', customPath);
  const bundle = ctx.obj(pluginConfig, 'bundle', PLUGIN_CONFIG_PATH);
  const bundlePath: JsonPath = [...PLUGIN_CONFIG_PATH, 'bundle'];
  const data = ctx.obj(pluginConfig, 'data', PLUGIN_CONFIG_PATH);
  const dataPath: JsonPath = [...PLUGIN_CONFIG_PATH, 'data'];
  const idExtractor = ctx.obj(config, 'idExtractor', configPath);
  const endpoints = parts.endpoints ? readOasEndpoints(doc) : [];
  const locate = !parts.endpointPlugins || parts.endpointLocations === false ? null : parts.endpoints ? endpoints : readOasEndpoints(doc);

  const model: PluginModel = {
    format: 'oas',
    driver: ctx.str(pluginConfig, 'driver', PLUGIN_CONFIG_PATH),
    driverSource: [...PLUGIN_CONFIG_PATH, 'driver'],
    hooks,
    customAuthEnabled: customEnabled,
    authSwitches: [{ field: `${customKey}.enabled`, on: customEnabled, deprecated: false, path: [...customPath, 'enabled'] }],
    // Authentication is off unless server.authentication.enabled is true: such an API is keyless.
    keyless: !ctx.bool(authentication, 'enabled', AUTHENTICATION_PATH),
    idExtractorSource: [...configPath, 'idExtractor'],
    endpointPlugins: parts.endpointPlugins ? readOasEndpointPlugins(ctx, doc, middleware, locate) : [],
    endpoints,
    bundle: {
      paths: splitBundleList(ctx.str(bundle, 'path', bundlePath)),
      enabled: ctx.bool(bundle, 'enabled', bundlePath),
      source: bundlePath,
    },
    configData: {
      enabled: ctx.bool(data, 'enabled', dataPath),
      value: ctx.obj(data, 'value', dataPath) ?? {},
      source: dataPath,
    },
  };
  if (idExtractor) model.idExtractor = idExtractor;
  return model;
}
