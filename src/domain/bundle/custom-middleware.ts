import { readPluginModel } from '../definition/read';
import type { JsonObject } from '../json';
import type { DefinitionFormat, PluginFunction, PluginModel } from '../pipeline/model';
import { classicIdExtractor } from './id-extractor';

/** One Classic `MiddlewareDefinition` {name, path, require_session, raw_body_only, disabled}. */
function entry(fn: PluginFunction): JsonObject {
  return {
    name: fn.name,
    path: fn.path,
    require_session: fn.requireSession,
    raw_body_only: fn.rawBodyOnly,
    ...(fn.enabled ? {} : { disabled: true }),
  };
}

/**
 * The Classic `custom_middleware` for a bundle's manifest (driver, pre, post_key_auth, post, response,
 * auth_check, id_extractor) from the plugin model. Whether custom auth runs stays with the API's own
 * switch (`custom_plugin_auth_enabled`), which a manifest cannot carry.
 */
export function customMiddlewareFromModel(model: PluginModel): JsonObject {
  const list = (fns: PluginFunction[]): JsonObject[] => fns.map(entry);
  const auth = model.hooks.auth.functions[0];
  const cm: JsonObject = {
    driver: model.driver,
    pre: list(model.hooks.pre.functions),
    post_key_auth: list(model.hooks.postAuth.functions),
    post: list(model.hooks.post.functions),
    response: list(model.hooks.response.functions),
  };
  if (auth) cm.auth_check = entry(auth);
  if (model.idExtractor) cm.id_extractor = classicIdExtractor(model.idExtractor, model.format);
  return cm;
}

/**
 * `custom_middleware` for a bundle, from a Classic definition's `custom_middleware` or a Tyk OAS
 * definition's `x-tyk-api-gateway` plugin fields (translated to the Classic shape bundles use).
 */
export function customMiddlewareFromDefinition(doc: JsonObject, format: DefinitionFormat): JsonObject {
  return customMiddlewareFromModel(readPluginModel(doc, format));
}
