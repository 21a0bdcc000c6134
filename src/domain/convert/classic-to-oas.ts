import { isJsonObject, type JsonObject } from '../json';
import type { Finding, PluginModel } from '../pipeline/model';
import { objectAt, stringAt } from '../chain/fields';
import { classicEndpointsToOas } from './classic-endpoints-to-oas';
import { fillGatewaySettings } from './gateway-settings';
import { codeOf, idExtractorToOas, toOasPlugin } from './entries';
import { classicLeftovers } from './classic-leftovers';
import { fillClassicExtras } from './classic-extras-to-oas';
import { fillClassicAuth } from './classic-auth-to-oas';
import { fillSecurity } from './security-requirements';

const LIST_HOOKS = [
  ['pre', 'prePlugins'],
  ['postAuth', 'postAuthenticationPlugins'],
  ['post', 'postPlugins'],
  ['response', 'responsePlugins'],
] as const;

/** A Tyk OAS definition carrying a Classic definition's basics and plugin configuration. */
export function classicToOas(doc: JsonObject, model: PluginModel): { doc: JsonObject; unmapped: Finding[] } {
  const unmapped: Finding[] = [];
  const name = stringAt(doc, 'name') || 'Converted API';
  const paths: JsonObject = {};
  const operations = classicEndpointsToOas(doc, model, paths, unmapped);
  const x: JsonObject = {
    info: info(doc, name),
    upstream: { url: stringAt(doc, 'proxy', 'target_url') },
    server: server(doc, model),
  };
  const global = globalMiddleware(doc, model);
  const middleware: JsonObject = {};
  if (Object.keys(global).length) middleware.global = global;
  middleware.operations = operations;
  x.middleware = middleware;
  fillClassicExtras(doc, x, paths, operations, unmapped);
  fillGatewaySettings(doc, x, unmapped);
  if (Object.keys(operations).length === 0) delete middleware.operations;
  if (Object.keys(middleware).length === 0) delete x.middleware;
  const out: JsonObject = { openapi: '3.0.3', info: { title: name, version: '1.0.0' }, paths };
  const components: JsonObject = {};
  const requirement: JsonObject = {};
  const authentication = (x.server as JsonObject).authentication as JsonObject;
  const schemes = isJsonObject(authentication.securitySchemes) ? authentication.securitySchemes : {};
  fillClassicAuth(doc, { components, requirement, schemes, authentication }, unmapped, tokenAuth(doc, model));
  if (Object.keys(schemes).length) authentication.securitySchemes = schemes;
  if (Object.keys(components).length) out.components = { securitySchemes: components };
  const security = fillSecurity(doc, components, schemes, authentication, requirement);
  if (security.length) out.security = security;
  out['x-tyk-api-gateway'] = x;
  classicLeftovers(doc, unmapped);
  return { doc: out, unmapped };
}

/** `api_id`, `org_id`, `name`, `active` → `info`. */
function info(doc: JsonObject, name: string): JsonObject {
  const out: JsonObject = {};
  if (stringAt(doc, 'api_id')) out.id = stringAt(doc, 'api_id');
  if (stringAt(doc, 'org_id')) out.orgId = stringAt(doc, 'org_id');
  out.name = name;
  out.state = { active: doc.active !== false };
  return out;
}

/** Token auth is what a non-keyless Classic API without custom auth or another method gets (migration.go isAuthTokenEnabled). */
function tokenAuth(doc: JsonObject, model: PluginModel): boolean {
  if (model.keyless || model.customAuthEnabled) return false;
  const others = ['use_oauth2', 'use_basic_auth', 'enable_jwt', 'use_openid', 'enable_signature_checking'];
  const external = objectAt(doc, 'external_oauth')?.enabled === true;
  return doc.use_standard_auth === true || !(external || others.some((key) => doc[key] === true));
}

/** `proxy.listen_path`/`strip_listen_path`, `use_keyless`, custom auth (`custom_plugin_auth_enabled`, `auth_check`, `id_extractor`). */
function server(doc: JsonObject, model: PluginModel): JsonObject {
  const listenPath: JsonObject = {
    value: stringAt(doc, 'proxy', 'listen_path') || '/',
    strip: doc.proxy !== undefined && objectAt(doc, 'proxy')?.strip_listen_path === true,
  };
  const authentication: JsonObject = { enabled: !model.keyless };
  const authFn = model.hooks.auth.functions[0];
  if (model.customAuthEnabled || authFn) {
    const custom: JsonObject = { enabled: model.customAuthEnabled };
    if (authFn) {
      const config: JsonObject = { enabled: authFn.enabled, functionName: authFn.name, path: authFn.path };
      if (authFn.rawBodyOnly) config.rawBodyOnly = true;
      if (authFn.requireSession) config.requireSession = true;
      const extractor = model.idExtractor && idExtractorToOas(model.idExtractor);
      if (extractor) config.idExtractor = extractor;
      custom.config = config;
    }
    authentication.custom = custom;
  }
  return { listenPath, authentication };
}

/** `custom_middleware` hooks, driver, bundle, `config_data`, `analytics_plugin` → `middleware.global`. */
function globalMiddleware(doc: JsonObject, model: PluginModel): JsonObject {
  const global: JsonObject = {};
  const pluginConfig: JsonObject = {};
  if (model.driver) pluginConfig.driver = model.driver;
  const bundle = stringAt(doc, 'custom_middleware_bundle');
  if (bundle) pluginConfig.bundle = { enabled: model.bundle.enabled, path: bundle };
  if (isJsonObject(doc.config_data) && Object.keys(doc.config_data).length) {
    pluginConfig.data = { enabled: model.configData.enabled, value: doc.config_data };
  }
  if (Object.keys(pluginConfig).length) global.pluginConfig = pluginConfig;
  for (const [hook, field] of LIST_HOOKS) {
    const fns = model.hooks[hook].functions;
    if (fns.length) global[field] = fns.map((fn) => toOasPlugin(fn, codeOf(doc, fn)));
  }
  const analytics = model.hooks.analytics.functions;
  if (analytics.length) {
    global.trafficLogs = {
      enabled: doc.do_not_track !== true,
      plugins: analytics.map((fn) => ({ enabled: fn.enabled, functionName: fn.name, path: fn.path })),
    };
  }
  return global;
}
