import type { JsonPath } from '../../domain/json';
import type { Finding, HookKind, PluginModel } from '../../domain/pipeline/model';
import { DROP_HOOKS } from './hook-labels';

export interface FindingsIndex {
  /** By `${hook}:${index}`. */
  functions: Map<string, Finding[]>;
  hooks: Map<HookKind, Finding[]>;
  /** Findings that belong to no hook or function (driver, bundle, endpoints). */
  other: Finding[];
}

const startsWith = (path: JsonPath, prefix: JsonPath) => prefix.length <= path.length && prefix.every((key, i) => path[i] === key);

function push<K>(map: Map<K, Finding[]>, key: K, finding: Finding) {
  const list = map.get(key);
  if (list) list.push(finding);
  else map.set(key, [finding]);
}

/** Puts each lint finding on the function or hook its JSON path points into. */
export function indexFindings(findings: readonly Finding[], model: PluginModel): FindingsIndex {
  const index: FindingsIndex = { functions: new Map(), hooks: new Map(), other: [] };
  for (const finding of findings) {
    let placed = false;
    for (const hook of DROP_HOOKS) {
      const binding = model.hooks[hook];
      const at = binding.functions.findIndex((fn) => fn.source.length > 0 && startsWith(finding.path, fn.source));
      if (at >= 0) {
        push(index.functions, `${hook}:${at}`, finding);
        placed = true;
        break;
      }
      if (binding.source.length > 0 && startsWith(finding.path, binding.source)) {
        push(index.hooks, hook, finding);
        placed = true;
        break;
      }
    }
    if (!placed) index.other.push(finding);
  }
  return index;
}
