import type { JsonObject } from '../../json';
import type { Finding } from '../../pipeline/model';
import { isK8sName, toK8sName } from './k8s-name';

export const OPERATOR_API_VERSION = 'tyk.tyk.io/v1alpha1';

export interface OperatorExportOptions {
  /** Namespace of the resources; "default" when not given. */
  namespace?: string;
  /** Resource name; made from the API's name when not given. */
  name?: string;
  /** The OperatorContext (gateway connection) the resources use, when not the Operator's default. */
  contextRef?: { name: string; namespace?: string };
  /** Tyk OAS only: the ConfigMap key that holds the document. */
  keyName?: string;
}

/** Makes a value a valid Kubernetes name, and says so when that changes it. */
export function k8sNameFrom(text: string, what: string, notes: Finding[], fallback = 'api'): string {
  const name = toK8sName(text, fallback);
  if (name !== text && !(text === '' && isK8sName(name))) {
    notes.push({
      severity: 'info',
      code: 'operator-name',
      message: `The ${what} is "${name}"${text ? `, made from ${JSON.stringify(text)}` : ''}: Kubernetes names are lowercase letters, digits and "-", 63 at most.`,
      path: [],
    });
  }
  return name;
}

/** `spec.contextRef` of either resource. */
export function contextRefOf(ref: { name: string; namespace?: string }): JsonObject {
  return ref.namespace ? { name: ref.name, namespace: ref.namespace } : { name: ref.name };
}
