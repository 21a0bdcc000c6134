import type { JsonObject, JsonPath } from '../json';
import { isJsonObject } from '../json';
import type { ReadContext } from '../definition/read-context';
import type { Endpoint, EndpointPlugin } from '../pipeline/model';
import { HTTP_METHODS, OPERATIONS_PATH, XTYK } from './fields';

/** Endpoints from the OpenAPI `paths`: one per method with its `operationId` (when it has one). */
export function readOasEndpoints(doc: JsonObject): Endpoint[] {
  const paths = doc['paths'];
  if (!isJsonObject(paths)) return [];
  const out: Endpoint[] = [];
  for (const path of Object.keys(paths)) {
    const item = paths[path];
    if (!isJsonObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isJsonObject(op)) continue;
      const endpoint: Endpoint = { method: method.toUpperCase(), path };
      const id = op['operationId'];
      if (typeof id === 'string' && id !== '') endpoint.operationId = id;
      out.push(endpoint);
    }
  }
  return out;
}

/** operationId → method + path, from the OpenAPI `paths`. */
export function operationIndex(doc: JsonObject): Map<string, { method: string; path: string }> {
  const index = new Map<string, { method: string; path: string }>();
  for (const e of readOasEndpoints(doc)) {
    if (e.operationId !== undefined && !index.has(e.operationId)) index.set(e.operationId, { method: e.method, path: e.path });
  }
  return index;
}

/**
 * Per-endpoint plugins: `middleware.operations.<operationId>.postPlugins[]` {enabled, functionName, path}
 * and `.virtualEndpoint` {enabled, functionName, path, requireSession}.
 */
export function readOasEndpointPlugins(ctx: ReadContext, doc: JsonObject, middleware: JsonObject | undefined): EndpointPlugin[] {
  const operations = ctx.obj(middleware, 'operations', [XTYK, 'middleware']);
  if (!operations) return [];
  const index = operationIndex(doc);
  const out: EndpointPlugin[] = [];
  for (const operationId of Object.keys(operations)) {
    const opPath: JsonPath = [...OPERATIONS_PATH, operationId];
    const op = ctx.obj(operations, operationId, OPERATIONS_PATH);
    if (!op) continue;
    const where = index.get(operationId) ?? { method: '', path: '' };
    (ctx.arr(op, 'postPlugins', opPath) ?? []).forEach((raw, i) => {
      const at: JsonPath = [...opPath, 'postPlugins', i];
      const entry = ctx.item(raw, at);
      if (!entry) return;
      out.push({
        kind: 'goPlugin',
        method: where.method,
        path: where.path,
        operationId,
        fn: {
          name: ctx.str(entry, 'functionName', at),
          path: ctx.str(entry, 'path', at),
          enabled: ctx.bool(entry, 'enabled', at),
          requireSession: false,
          rawBodyOnly: false,
          source: at,
        },
      });
    });
    const vAt: JsonPath = [...opPath, 'virtualEndpoint'];
    const v = ctx.obj(op, 'virtualEndpoint', opPath);
    if (v) {
      out.push({
        kind: 'virtual',
        method: where.method,
        path: where.path,
        operationId,
        fn: {
          name: ctx.str(v, 'functionName', vAt),
          path: ctx.str(v, 'path', vAt),
          enabled: ctx.bool(v, 'enabled', vAt),
          requireSession: ctx.bool(v, 'requireSession', vAt),
          rawBodyOnly: false,
          source: vAt,
        },
      });
    }
  }
  return out;
}
