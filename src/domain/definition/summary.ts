import type { JsonObject } from '../json';
import { isJsonObject } from '../json';
import type { ApiSummary, DefinitionFormat, PluginModel } from '../pipeline/model';
import { HOOK_KINDS } from '../pipeline/model';
import { readModelParts } from './read';

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
function obj(value: unknown): JsonObject | undefined {
  return isJsonObject(value) ? value : undefined;
}

/** Classic `api_id`; OAS `x-tyk-api-gateway.info.id`. '' when absent or not a string. */
export function definitionId(doc: JsonObject, format: DefinitionFormat): string {
  if (format === 'classic') return str(doc['api_id']);
  return str(obj(obj(doc['x-tyk-api-gateway'])?.['info'])?.['id']);
}

/** Functions bound to any hook, per-endpoint ones included. */
export function countPlugins(model: PluginModel): number {
  return HOOK_KINDS.reduce((n, hook) => n + model.hooks[hook].functions.length, 0) + model.endpointPlugins.length;
}

/** Classic `api_id`, `name`, `proxy.listen_path`; OAS `x-tyk-api-gateway.info.id/.name`, `server.listenPath.value`. */
export function summarizeApi(doc: JsonObject, format: DefinitionFormat): ApiSummary {
  // The endpoint list is not part of a summary: on an API with thousands of endpoints it is most of the read.
  const model = readModelParts(doc, format, { endpoints: false, endpointPlugins: true, endpointLocations: false });
  const base = { id: definitionId(doc, format), format, driver: model.driver, pluginCount: countPlugins(model), keyless: model.keyless };
  if (format === 'classic') {
    return { ...base, name: str(doc['name']), listenPath: str(obj(doc['proxy'])?.['listen_path']) };
  }
  const x = obj(doc['x-tyk-api-gateway']);
  const name = str(obj(x?.['info'])?.['name']) || str(obj(doc['info'])?.['title']);
  const listenPath = str(obj(obj(obj(x?.['server'])?.['listenPath']))?.['value']);
  return { ...base, name, listenPath };
}
