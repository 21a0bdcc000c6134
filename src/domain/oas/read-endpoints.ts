import type { JsonObject, JsonPath } from '../json';
import { isJsonObject } from '../json';
import type { ReadContext } from '../definition/read-context';
import type { Endpoint, EndpointPlugin } from '../pipeline/model';
import { HTTP_METHODS, OPERATIONS_PATH, XTYK } from './fields';

const METHODS: ReadonlySet<string> = new Set(HTTP_METHODS);

/**
 * Endpoints already read, by `paths` object. An edit copies only the objects on the path it changes, so after
 * a hook edit `paths` is the same object: on a large definition the scan below is the costly part of reading
 * the model again after each drop. Frozen, as every reader shares it.
 */
const endpointsByPaths = new WeakMap<JsonObject, Endpoint[]>();

/** Endpoints from the OpenAPI `paths`: one per method with its `operationId` (when it has one). */
export function readOasEndpoints(doc: JsonObject): Endpoint[] {
  const paths = doc['paths'];
  if (!isJsonObject(paths)) return [];
  const known = endpointsByPaths.get(paths);
  if (known) return known;
  const out: Endpoint[] = [];
  for (const path of Object.keys(paths)) {
    const item = paths[path];
    if (!isJsonObject(item)) continue;
    // The item's own keys, not the eight method names: most path items have one or two operations.
    for (const key of Object.keys(item)) {
      if (!METHODS.has(key)) continue;
      const method = key;
      const op = item[key];
      if (!isJsonObject(op)) continue;
      const endpoint: Endpoint = { method: method.toUpperCase(), path };
      const id = op['operationId'];
      if (typeof id === 'string' && id !== '') endpoint.operationId = id;
      out.push(Object.freeze(endpoint));
    }
  }
  endpointsByPaths.set(paths, Object.freeze(out) as Endpoint[]);
  return out;
}

/** operationId → method + path, from the OpenAPI `paths` (or from endpoints already read). */
export function operationIndex(doc: JsonObject, endpoints: readonly Endpoint[] = readOasEndpoints(doc)): Map<string, { method: string; path: string }> {
  const index = new Map<string, { method: string; path: string }>();
  for (const e of endpoints) {
    if (e.operationId !== undefined && !index.has(e.operationId)) index.set(e.operationId, { method: e.method, path: e.path });
  }
  return index;
}

/**
 * Per-endpoint plugins: `middleware.operations.<operationId>.postPlugins[]` {enabled, functionName, path}
 * and `.virtualEndpoint` {enabled, functionName, path, requireSession}.
 */
/**
 * `locate`: the endpoints to find each operation's method and path in; null skips that (edits need only
 * the entries, and the scan of `paths` is the costly part on large definitions).
 */
export function readOasEndpointPlugins(ctx: ReadContext, doc: JsonObject, middleware: JsonObject | undefined, locate: readonly Endpoint[] | null): EndpointPlugin[] {
  const operations = ctx.obj(middleware, 'operations', [XTYK, 'middleware']);
  if (!operations) return [];
  const index = locate ? operationIndex(doc, locate) : new Map<string, { method: string; path: string }>();
  const out: EndpointPlugin[] = [];
  for (const operationId of Object.keys(operations)) {
    const raw = operations[operationId];
    // Most operations of a large API carry no plugin: they are passed over before any path is built.
    if (isJsonObject(raw) && raw.postPlugins === undefined && raw.virtualEndpoint === undefined) continue;
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
          // `name` is the deprecated spelling of `functionName`, still read by the gateway when that is empty.
          name: ctx.str(entry, 'functionName', at) || ctx.str(entry, 'name', at),
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
          name: ctx.str(v, 'functionName', vAt) || ctx.str(v, 'name', vAt),
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
