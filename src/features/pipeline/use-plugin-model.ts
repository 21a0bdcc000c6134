import { useMemo } from 'react';
import { readModelParts } from '../../domain/definition/read';
import type { JsonObject } from '../../domain/json';
import type { DefinitionFormat, PluginModel } from '../../domain/pipeline/model';

/**
 * The plugin model of the draft, with the endpoint list read again only when the part of the definition that
 * declares endpoints changes (OAS `paths`, Classic `version_data`). Edits share structure, so a hook edit
 * keeps that part's identity and a 2,000-endpoint API is not re-read on every drop.
 */
export function usePluginModel(doc: JsonObject, format: DefinitionFormat): PluginModel {
  const source = format === 'oas' ? doc.paths : doc.version_data;
  const endpoints = useMemo(() => {
    const part: JsonObject = source === undefined ? {} : format === 'oas' ? { paths: source } : { version_data: source };
    return readModelParts(part, format, { endpoints: true, endpointPlugins: false }).endpoints;
  }, [source, format]);
  return useMemo(() => {
    // Plugins are located in the same endpoint list (it is read once per `paths`, and so is its index).
    const partial = readModelParts(doc, format, { endpoints: false, endpointPlugins: true });
    return { ...partial, endpoints };
  }, [doc, format, endpoints]);
}
