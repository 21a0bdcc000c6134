import { isJsonObject, type JsonObject } from '../../json';
import type { Finding } from '../../pipeline/model';
import { exportJson, apiName } from '../export-json';
import { withSuffix } from './k8s-name';
import { contextRefOf, k8sNameFrom, OPERATOR_API_VERSION, type OperatorExportOptions } from './options';

/** A ConfigMap holds at most 1 MiB. */
const CONFIGMAP_MAX_BYTES = 1024 * 1024;
const DEFAULT_KEY = 'oas.json';

/**
 * The `ConfigMap` holding a Tyk OAS document as JSON under `keyName`, and the `TykOasApiDefinition`
 * pointing at it (`spec.tykOAS.configmapRef`). Plugins stay inside the document (`x-tyk-api-gateway`).
 */
export function oasResources(
  doc: JsonObject,
  options: OperatorExportOptions,
): { resources: JsonObject[]; notes: Finding[] } {
  const notes: Finding[] = [];
  const name = k8sNameFrom(options.name ?? apiName(doc, 'oas'), 'resource name', notes);
  const namespace = k8sNameFrom(options.namespace ?? 'default', 'namespace', notes, 'default');
  const configMapName = withSuffix(name, '-oas');
  const keyName = configMapKey(options.keyName, notes);
  const json = exportJson(doc);

  if (!isJsonObject(doc['x-tyk-api-gateway'])) {
    notes.push({
      severity: 'error',
      code: 'operator-not-tyk-oas',
      message: 'The document has no x-tyk-api-gateway: the Operator only applies Tyk OAS definitions.',
      fix: 'Create a Tyk OAS API from it first (upstream and listen path).',
      path: ['x-tyk-api-gateway'],
    });
  }
  const size = new TextEncoder().encode(json).length;
  if (size > CONFIGMAP_MAX_BYTES) {
    notes.push({
      severity: 'error',
      code: 'operator-configmap-too-large',
      message: `The document is ${size} bytes as JSON; a ConfigMap holds at most ${CONFIGMAP_MAX_BYTES}, so Kubernetes will refuse it.`,
      path: [],
    });
  }
  const configMap: JsonObject = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: configMapName, namespace },
    data: { [keyName]: json },
  };
  const spec: JsonObject = { tykOAS: { configmapRef: { name: configMapName, namespace, keyName } } };
  if (options.contextRef) spec.contextRef = contextRefOf(options.contextRef);
  const api: JsonObject = {
    apiVersion: OPERATOR_API_VERSION,
    kind: 'TykOasApiDefinition',
    metadata: { name, namespace },
    spec,
  };
  // The ConfigMap first: applied in this order, the Operator finds it at once.
  return { resources: [configMap, api], notes };
}

/** ConfigMap keys are letters, digits, '-', '_' and '.', 253 at most. */
function configMapKey(wanted: string | undefined, notes: Finding[]): string {
  if (wanted === undefined) return DEFAULT_KEY;
  if (/^[-._a-zA-Z0-9]{1,253}$/.test(wanted) && wanted !== '.' && wanted !== '..') return wanted;
  notes.push({
    severity: 'warning',
    code: 'operator-key-name',
    message: `${JSON.stringify(wanted)} cannot be a ConfigMap key (letters, digits, "-", "_" and "." only): "${DEFAULT_KEY}" is used.`,
    path: [],
  });
  return DEFAULT_KEY;
}
