import type { Finding } from '../pipeline/model';
import { describe } from './function-rules';
import { finding, type Rule } from './types';

/**
 * Lists where the gateway uses only the first entry (apidef/oas EndpointPostPlugins.ExtractTo and
 * CustomAnalyticsPlugins.ExtractTo take `[0]`): OAS operation `postPlugins[]` and `trafficLogs.plugins[]`.
 */
export const firstOnlyRule: Rule = {
  codes: ['endpoint-plugin-ignored', 'analytics-plugin-ignored'],
  check: ({ model, format }) => {
    if (format !== 'oas') return [];
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const plugin of model.endpointPlugins) {
      if (plugin.kind !== 'goPlugin' || plugin.operationId === undefined) continue;
      if (!seen.has(plugin.operationId)) {
        seen.add(plugin.operationId);
        continue;
      }
      out.push(
        finding(
          'warning',
          'endpoint-plugin-ignored',
          `"${plugin.fn.name}" is not the first post plugin of ${describe(plugin.method, plugin.path, plugin.operationId)}: the gateway runs only the first one and ignores the rest.`,
          plugin.fn.source,
          'Keep one post plugin per operation.',
        ),
      );
    }
    for (const fn of model.hooks.analytics.functions.slice(1)) {
      out.push(
        finding(
          'warning',
          'analytics-plugin-ignored',
          `The traffic log plugin "${fn.name}" is not the first: the gateway uses only the first analytics plugin.`,
          fn.source,
          'Keep one analytics plugin.',
        ),
      );
    }
    return out;
  },
};
