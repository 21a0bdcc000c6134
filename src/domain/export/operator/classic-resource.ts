import type { JsonObject } from '../../json';
import type { Finding } from '../../pipeline/model';
import { classicToApiDefinitionSpec } from './classic-spec';
import { contextRefOf, k8sNameFrom, OPERATOR_API_VERSION, type OperatorExportOptions } from './options';

/** A Tyk Operator `ApiDefinition` resource holding a Tyk Classic definition (Classic `name` names it). */
export function classicResource(
  doc: JsonObject,
  options: OperatorExportOptions,
): { resource: JsonObject; notes: Finding[] } {
  const notes: Finding[] = [];
  const apiName = typeof doc.name === 'string' ? doc.name : '';
  const name = k8sNameFrom(options.name ?? apiName, 'resource name', notes);
  const namespace = k8sNameFrom(options.namespace ?? 'default', 'namespace', notes, 'default');
  const converted = classicToApiDefinitionSpec(doc);
  notes.push(...converted.notes);
  let spec = converted.spec;
  if (typeof spec.name !== 'string' || spec.name.trim() === '') {
    spec.name = name;
    notes.push({
      severity: 'warning',
      code: 'operator-filled',
      message: `The API has no name; the resource name "${name}" is used.`,
      path: ['name'],
    });
  }
  if (options.contextRef) spec = { ...spec, contextRef: contextRefOf(options.contextRef) };
  const resource: JsonObject = {
    apiVersion: OPERATOR_API_VERSION,
    kind: 'ApiDefinition',
    metadata: { name, namespace },
    spec,
  };
  return { resource, notes };
}
