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
 * Converts a definition to the other format as the gateway's own converter does (apidef/oas Fill and
 * ExtractTo): the plugin configuration (driver, hooks, custom auth and id extractor, analytics, per-endpoint
 * plugins, virtual endpoints, bundle, config data), the API's info, upstream and server settings, every auth
 * method Tyk maps, the endpoint middleware and the global middleware. What Tyk cannot convert either is
 * listed in `unmapped`, each with its path and why. Never throws.
 */
export function convertPlugins(doc: JsonObject, from: DefinitionFormat, to: DefinitionFormat): ConvertResult {
  const source = isJsonObject(doc) ? doc : {};
  if (from === to) return { doc: source, unmapped: [] };
  const model = readPluginModel(source, from);
  return from === 'classic' ? classicToOas(source, model) : oasToClassic(source, model);
}
