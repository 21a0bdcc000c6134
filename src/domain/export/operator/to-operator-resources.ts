import type { JsonObject } from '../../json';
import type { DefinitionFormat, Finding } from '../../pipeline/model';
import { classicResource } from './classic-resource';
import { oasResources } from './oas-resources';
import type { OperatorExportOptions } from './options';
import { toYamlDocuments } from './yaml-docs';

export interface OperatorExport {
  /** The resources as YAML, several documents separated by `---`, ready for `kubectl apply -f`. */
  yaml: string;
  /** What was left out, filled in or renamed, and why. */
  notes: Finding[];
}

/**
 * Tyk Operator resources for one API: an `ApiDefinition` for Tyk Classic; a `ConfigMap` holding the
 * document plus a `TykOasApiDefinition` for Tyk OAS.
 */
export function toOperatorResources(
  doc: JsonObject,
  format: DefinitionFormat,
  options: OperatorExportOptions = {},
): OperatorExport {
  if (format === 'classic') {
    const { resource, notes } = classicResource(doc, options);
    return { yaml: toYamlDocuments([resource]), notes };
  }
  const { resources, notes } = oasResources(doc, options);
  return { yaml: toYamlDocuments(resources), notes };
}
