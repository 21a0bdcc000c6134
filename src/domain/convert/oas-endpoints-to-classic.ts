import { isJsonObject, type JsonObject } from '../json';
import type { Finding, PluginModel } from '../pipeline/model';
import { valueAt } from '../rules/types';
import { notConverted } from './unmapped';

/**
 * Operation `postPlugins` and `virtualEndpoint` → `extended_paths.go_plugin[]` and `.virtual[]` on the
 * operation's method and path (from `paths`). Like the gateway (EndpointPostPlugins.ExtractTo), only the first
 * post plugin of an operation is kept.
 */
export function oasEndpointsToClassic(doc: JsonObject, model: PluginModel, unmapped: Finding[]): JsonObject {
  const goPlugins: JsonObject[] = [];
  const virtual: JsonObject[] = [];
  const seenGo = new Set<string>();
  for (const plugin of model.endpointPlugins) {
    if (plugin.path === '' || plugin.method === '') {
      unmapped.push(
        notConverted(
          plugin.fn.source,
          'classic',
          `operation "${plugin.operationId ?? ''}" is not in paths, so it has no method and path`,
        ),
      );
      continue;
    }
    const method = plugin.method.toUpperCase();
    if (plugin.kind === 'goPlugin') {
      const key = plugin.operationId ?? `${method} ${plugin.path}`;
      if (seenGo.has(key)) {
        unmapped.push(
          notConverted(
            plugin.fn.source,
            'classic',
            'the gateway uses only the first post plugin of an operation',
          ),
        );
        continue;
      }
      seenGo.add(key);
      goPlugins.push({
        disabled: !plugin.fn.enabled,
        path: plugin.path,
        method,
        plugin_path: plugin.fn.path,
        func_name: plugin.fn.name,
      });
    } else {
      const raw = valueAt(doc, plugin.fn.source);
      const body =
        isJsonObject(raw) && typeof raw.body === 'string' && raw.body !== '' ? raw.body : undefined;
      virtual.push({
        disabled: !plugin.fn.enabled,
        response_function_name: plugin.fn.name,
        function_source_type: body !== undefined ? 'blob' : 'file',
        function_source_uri: body ?? plugin.fn.path,
        path: plugin.path,
        method,
        use_session: plugin.fn.requireSession,
        proxy_on_error: isJsonObject(raw) && raw.proxyOnError === true,
      });
    }
  }
  const out: JsonObject = {};
  if (goPlugins.length) out.go_plugin = goPlugins;
  if (virtual.length) out.virtual = virtual;
  return out;
}
