import { stringify } from 'yaml';
import type { JsonObject } from '../../json';

/** Kubernetes resources as one multi-document YAML text, in the order given (apply order). */
export function toYamlDocuments(resources: JsonObject[]): string {
  // Kubernetes reads YAML 1.1, where a plain `on`, `yes`, `no` or `2024-01-01` is a boolean or a date:
  // writing as 1.1 quotes them. No anchors/aliases, and long lines are not folded.
  return resources
    .map((r) => stringify(r, { version: '1.1', aliasDuplicateObjects: false, lineWidth: 0 }))
    .join('---\n');
}
