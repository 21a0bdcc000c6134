import { isJsonObject, type JsonObject } from '../json';
import type { DefinitionFormat, Finding } from '../pipeline/model';
import { readPluginModel } from '../definition/read';
import { classicToOas } from './classic-to-oas';
import { oasToClassic } from './oas-to-classic';

export interface ConvertResult {
  doc: JsonObject;
  /** Settings of the source that the result does not carry, each with its path in the source. */
  unmapped: Finding[];
}

/**
 * Converts the plugin configuration (driver, hooks, custom auth and id extractor, analytics, per-endpoint Go
 * plugins, virtual endpoints, bundle, config data) plus the basics that make a usable definition (name, api id,
 * listen path, upstream, keyless, token, JWT, basic, HMAC, OIDC, OAuth or external OAuth auth) from one format to
 * the other. Never throws.
 */
export function convertPlugins(doc: JsonObject, from: DefinitionFormat, to: DefinitionFormat): ConvertResult {
  const source = isJsonObject(doc) ? doc : {};
  if (from === to) return { doc: source, unmapped: [] };
  const model = readPluginModel(source, from);
  return from === 'classic' ? classicToOas(source, model) : oasToClassic(source, model);
}
