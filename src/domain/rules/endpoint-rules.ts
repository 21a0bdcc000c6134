import type { Finding } from '../pipeline/model';
import { finding, type Rule } from './types';

/**
 * Per-endpoint plugins (`middleware.operations.<operationId>` / `extended_paths.go_plugin|virtual`) must sit on an
 * endpoint that exists: an OAS operationId that is not in `paths`, or a Classic entry with no path, never matches.
 */
export const endpointExistsRule: Rule = {
  codes: ['endpoint-missing'],
  check: ({ model, format }) => {
    const out: Finding[] = [];
    const operationIds = new Set(
      model.endpoints.map((e) => e.operationId).filter((id): id is string => !!id),
    );
    const reported = new Set<string>();
    for (const plugin of model.endpointPlugins) {
      const what = plugin.kind === 'virtual' ? 'virtual endpoint' : 'per-endpoint Go plugin';
      if (format === 'oas' && plugin.operationId !== undefined && !operationIds.has(plugin.operationId)) {
        if (reported.has(plugin.operationId)) continue;
        reported.add(plugin.operationId);
        out.push(
          finding(
            'warning',
            'endpoint-missing',
            `The ${what} "${plugin.fn.name}" sits on operation "${plugin.operationId}", which no path in the OpenAPI "paths" declares: no request ever reaches it.`,
            plugin.fn.source.slice(0, 4),
            `Add an operation with operationId "${plugin.operationId}" to paths, or move the plugin to an existing operation.`,
          ),
        );
      } else if (format === 'classic' && plugin.path.trim() === '') {
        out.push(
          finding(
            'warning',
            'endpoint-missing',
            `The ${what} "${plugin.fn.name}" has no path: it matches no request.`,
            plugin.fn.source,
            'Set the endpoint path and method.',
          ),
        );
      }
    }
    return out;
  },
};
