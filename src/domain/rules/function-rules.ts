import { HOOK_WORDS } from '../pipeline/driver-matrix';
import type { Finding } from '../pipeline/model';
import { REQUEST_HOOKS, finding, type Rule } from './types';

/** Hook entries' `name` (Classic) / `functionName` (OAS): an enabled entry with none, or one name twice in a hook. */
export const functionNameRule: Rule = {
  codes: ['function-name-empty', 'function-name-duplicate'],
  check: ({ model }) => {
    const out: Finding[] = [];
    for (const hook of [...REQUEST_HOOKS, 'analytics'] as const) {
      const seen = new Set<string>();
      for (const fn of model.hooks[hook].functions) {
        if (!fn.enabled) continue;
        if (fn.name.trim() === '') {
          out.push(
            finding(
              'error',
              'function-name-empty',
              `A ${HOOK_WORDS[hook]} plugin has no function name: the gateway cannot call it, so it is skipped or fails.`,
              fn.source,
              'Set the function name the plugin file exports.',
            ),
          );
        } else if (seen.has(fn.name)) {
          out.push(
            finding(
              'warning',
              'function-name-duplicate',
              `"${fn.name}" is bound twice to the ${HOOK_WORDS[hook]} hook: it runs twice on every request.`,
              fn.source,
              'Remove the second entry, unless running it twice is intended.',
            ),
          );
        }
        seen.add(fn.name);
      }
    }
    for (const plugin of model.endpointPlugins) {
      if (plugin.fn.enabled && plugin.fn.name.trim() === '') {
        out.push(
          finding(
            'error',
            'function-name-empty',
            `The ${plugin.kind === 'virtual' ? 'virtual endpoint' : 'per-endpoint Go plugin'} on ${describe(plugin.method, plugin.path, plugin.operationId)} has no function name.`,
            plugin.fn.source,
            'Set the function name.',
          ),
        );
      }
    }
    return out;
  },
};

export function describe(method: string, path: string, operationId?: string): string {
  if (path) return `${method.toUpperCase()} ${path}`.trim();
  return operationId ? `operation "${operationId}"` : 'an endpoint';
}
