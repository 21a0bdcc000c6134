import { isJsonObject, type JsonObject } from '../json';
import type { Finding, PluginModel } from '../pipeline/model';
import { isTrue, objectAt, stringAt, tykExtension } from '../chain/fields';
import { codeOf, idExtractorToClassic, toClassicEntry } from './entries';
import { oasEndpointsToClassic } from './oas-endpoints-to-classic';
import { oasLeftovers } from './oas-leftovers';
import { extractOasAuth, oasAuthLeftovers } from './oas-auth-to-classic';
import { extractOasExtras } from './oas-extras-to-classic';
import { extractGatewaySettings } from './gateway-settings';

const LIST_HOOKS = [
  ['pre', 'pre'],
  ['postAuth', 'post_key_auth'],
  ['post', 'post'],
  ['response', 'response'],
] as const;

/** A Tyk Classic definition carrying a Tyk OAS definition's basics and plugin configuration. */
export function oasToClassic(doc: JsonObject, model: PluginModel): { doc: JsonObject; unmapped: Finding[] } {
  const unmapped: Finding[] = [];
  const x = tykExtension(doc);
  const name = stringAt(x, 'info', 'name') || stringAt(doc, 'info', 'title') || 'Converted API';
  const out: JsonObject = {
    name,
    api_id: stringAt(x, 'info', 'id'),
    org_id: stringAt(x, 'info', 'orgId'),
    active: objectAt(x, 'info', 'state')?.active !== false,
    use_keyless: model.keyless,
    proxy: {
      listen_path: stringAt(x, 'server', 'listenPath', 'value') || '/',
      target_url: stringAt(x, 'upstream', 'url'),
      strip_listen_path: isTrue(x, 'server', 'listenPath', 'strip'),
    },
  };
  const authSchemes = extractOasAuth(doc, out);
  out.custom_plugin_auth_enabled = model.customAuthEnabled;
  out.custom_middleware = customMiddleware(doc, model);
  const bundle = objectAt(x, 'middleware', 'global', 'pluginConfig', 'bundle');
  if (bundle) {
    out.custom_middleware_bundle = stringAt(bundle, 'path');
    out.custom_middleware_bundle_disabled = bundle.enabled !== true;
  }
  const data = objectAt(x, 'middleware', 'global', 'pluginConfig', 'data');
  if (data) {
    out.config_data = isJsonObject(data.value) ? data.value : {};
    out.config_data_disabled = data.enabled !== true;
  }
  const analytics = model.hooks.analytics.functions[0];
  if (analytics) {
    out.analytics_plugin = {
      enable: analytics.enabled,
      plugin_path: analytics.path,
      func_name: analytics.name,
    };
    if (model.hooks.analytics.functions.length > 1) {
      unmapped.push(...model.hooks.analytics.functions.slice(1).map((fn) => notFirst(fn.source)));
    }
  }
  const trafficLogs = objectAt(x, 'middleware', 'global', 'trafficLogs');
  if (trafficLogs) out.do_not_track = trafficLogs.enabled !== true;
  const extendedPaths = oasEndpointsToClassic(doc, model, unmapped);
  const version: JsonObject = { name: 'Default', use_extended_paths: true, extended_paths: extendedPaths };
  extractOasExtras(doc, model, out, version, extendedPaths, unmapped);
  extractGatewaySettings(doc, out, version, unmapped);
  out.version_data = { not_versioned: true, default_version: 'Default', versions: { Default: version } };
  oasLeftovers(doc, unmapped, authSchemes);
  oasAuthLeftovers(doc, authSchemes, unmapped);
  return { doc: out, unmapped };
}

function notFirst(path: Finding['path']): Finding {
  return {
    severity: 'warning',
    code: 'not-converted',
    message: 'Tyk Classic has one analytics plugin: only the first traffic log plugin was converted.',
    path,
  };
}

/** Hooks (plural or legacy shape, via the model), auth function and id extractor, driver → `custom_middleware`. */
function customMiddleware(doc: JsonObject, model: PluginModel): JsonObject {
  const cm: JsonObject = { driver: model.driver };
  for (const [hook, field] of LIST_HOOKS) {
    cm[field] = model.hooks[hook].functions.map((fn) => toClassicEntry(fn, codeOf(doc, fn)));
  }
  const authFn = model.hooks.auth.functions[0];
  if (authFn) cm.auth_check = toClassicEntry(authFn);
  if (model.idExtractor) cm.id_extractor = idExtractorToClassic(model.idExtractor);
  return cm;
}
