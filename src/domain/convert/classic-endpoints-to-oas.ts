import { isJsonObject, type JsonObject } from '../json';
import type { EndpointPlugin, Finding, PluginModel } from '../pipeline/model';
import { classicVersions } from '../chain/fields';
import { valueAt } from '../rules/types';
import { notConverted } from './unmapped';
import { oasPathFor, operationIdFor } from './oas-path';

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'];

/** The Classic version whose endpoints are converted: `default_version` when it exists, else the first. */
export function mainVersion(doc: JsonObject): string | undefined {
  const versions = classicVersions(doc).map(([name]) => name);
  const preferred = valueAt(doc, ['version_data', 'default_version']);
  return typeof preferred === 'string' && versions.includes(preferred) ? preferred : versions[0];
}

/**
 * `extended_paths.go_plugin[]` and `.virtual[]` → `middleware.operations.<operationId>.postPlugins` and
 * `.virtualEndpoint`, creating the OpenAPI `paths` entries (with Tyk's generated operationIds) they need.
 */
export function classicEndpointsToOas(
  doc: JsonObject,
  model: PluginModel,
  paths: JsonObject,
  unmapped: Finding[],
): JsonObject {
  const operations: JsonObject = {};
  const version = mainVersion(doc);
  for (const plugin of model.endpointPlugins) {
    if (plugin.version !== undefined && plugin.version !== version) {
      unmapped.push(
        notConverted(
          plugin.fn.source,
          'oas',
          `it belongs to version "${plugin.version}"; only "${version}" is converted`,
        ),
      );
      continue;
    }
    const method = plugin.method.toUpperCase();
    if (!METHODS.includes(method) || plugin.path === '') {
      unmapped.push(
        notConverted(plugin.fn.source, 'oas', 'it has no HTTP method and path an OpenAPI operation can take'),
      );
      continue;
    }
    const operationId = ensureOperation(paths, plugin.path, method);
    const operation = isJsonObject(operations[operationId]) ? operations[operationId] : {};
    operations[operationId] = operation;
    if (plugin.kind === 'goPlugin') {
      if (operation.postPlugins !== undefined) {
        unmapped.push(
          notConverted(plugin.fn.source, 'oas', 'Tyk OAS runs one per-endpoint Go plugin per operation'),
        );
        continue;
      }
      operation.postPlugins = [
        { enabled: plugin.fn.enabled, functionName: plugin.fn.name, path: plugin.fn.path },
      ];
    } else {
      if (operation.virtualEndpoint !== undefined) {
        unmapped.push(notConverted(plugin.fn.source, 'oas', 'one virtual endpoint per operation'));
        continue;
      }
      operation.virtualEndpoint = virtualEndpoint(doc, plugin);
    }
  }
  return operations;
}

/** The operation for this Classic path and method, created when missing; its operationId (operation.go getOperationID). */
export function ensureOperation(paths: JsonObject, classicPath: string, method: string): string {
  const { path, parameters } = oasPathFor(classicPath);
  const item = isJsonObject(paths[path]) ? paths[path] : {};
  paths[path] = item;
  if (parameters.length && item.parameters === undefined) item.parameters = parameters;
  const key = method.toLowerCase();
  const existing = item[key];
  if (isJsonObject(existing) && typeof existing.operationId === 'string') return existing.operationId;
  const operationId = operationIdFor(classicPath, method);
  item[key] = { operationId, responses: { '200': { description: '' } } };
  return operationId;
}

/** Classic VirtualMeta → OAS VirtualEndpoint: `function_source_type: blob` puts the source in `body`. */
function virtualEndpoint(doc: JsonObject, plugin: EndpointPlugin): JsonObject {
  const raw = valueAt(doc, plugin.fn.source);
  const blob = isJsonObject(raw) && raw.function_source_type === 'blob';
  const out: JsonObject = { enabled: plugin.fn.enabled, functionName: plugin.fn.name };
  // VirtualEndpoint.Fill: a blob's function_source_uri is the (base64) source itself, carried as body.
  if (blob) out.body = typeof raw.function_source_uri === 'string' ? raw.function_source_uri : '';
  else out.path = plugin.fn.path;
  if (plugin.fn.requireSession) out.requireSession = true;
  if (isJsonObject(raw) && raw.proxy_on_error === true) out.proxyOnError = true;
  return out;
}
