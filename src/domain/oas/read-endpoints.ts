import type { JsonObject, JsonPath } from '../json';
import { isJsonObject } from '../json';
import type { ReadContext } from '../definition/read-context';
import type { Endpoint, EndpointPlugin } from '../pipeline/model';
import { HTTP_METHODS, OPERATIONS_PATH, XTYK } from './fields';
import { drain, STEP_ENTRIES, type Steps } from '../steps';
import { oneKeyEditOf } from '../edit-record';

const METHODS: ReadonlySet<string> = new Set(HTTP_METHODS);

/**
 * Endpoints already read, by `paths` object. An edit copies only the objects on the path it changes, so after
 * a hook edit `paths` is the same object: on a large definition the scan below is the costly part of reading
 * the model again after each drop. Frozen, as every reader shares it.
 */
const endpointsByPaths = new WeakMap<JsonObject, Endpoint[]>();

/** Endpoints from the OpenAPI `paths`: one per method with its `operationId` (when it has one). */
export function readOasEndpoints(doc: JsonObject): Endpoint[] {
  return drain(oasEndpointSteps(doc, Infinity));
}

/** `readOasEndpoints` a slice of `paths` per step, for a page that must keep answering; same cache. */
export function* oasEndpointSteps(doc: JsonObject, size = STEP_ENTRIES): Steps<Endpoint[]> {
  const paths = doc['paths'];
  if (!isJsonObject(paths)) return [];
  const known = endpointsByPaths.get(paths);
  if (known) return known;
  const out: Endpoint[] = [];
  const keys = Object.keys(paths);
  for (let start = 0; start < keys.length; start += size) {
    if (start > 0) yield;
    const end = Math.min(keys.length, start + size);
    for (let at = start; at < end; at++) {
      const path = keys[at] as string;
      const item = paths[path];
      if (!isJsonObject(item)) continue;
      // The item's own keys, not the eight method names: most path items have one or two operations.
      for (const key of Object.keys(item)) {
        if (!METHODS.has(key)) continue;
        const op = item[key];
        if (!isJsonObject(op)) continue;
        const endpoint: Endpoint = { method: key.toUpperCase(), path };
        const id = op['operationId'];
        if (typeof id === 'string' && id !== '') endpoint.operationId = id;
        out.push(Object.freeze(endpoint));
      }
    }
  }
  endpointsByPaths.set(paths, Object.freeze(out) as Endpoint[]);
  return out;
}

type Located = Map<string, { method: string; path: string }>;
/** Indexes already built, by endpoint list (read once per `paths` object, so shared by every reader). */
const indexByEndpoints = new WeakMap<readonly Endpoint[], Located>();

/** operationId → method + path, from the OpenAPI `paths` (or from endpoints already read). */
export function operationIndex(doc: JsonObject, endpoints: readonly Endpoint[] = readOasEndpoints(doc)): Located {
  return drain(operationIndexSteps(endpoints, Infinity));
}

/** `operationIndex` a slice of the endpoints per step; the first of two endpoints with one id wins. */
export function* operationIndexSteps(endpoints: readonly Endpoint[], size = STEP_ENTRIES): Steps<Located> {
  const known = indexByEndpoints.get(endpoints);
  if (known) return known;
  const index: Located = new Map();
  for (let start = 0; start < endpoints.length; start += size) {
    if (start > 0) yield;
    const end = Math.min(endpoints.length, start + size);
    for (let at = start; at < end; at++) {
      const e = endpoints[at] as Endpoint;
      if (e.operationId !== undefined && !index.has(e.operationId)) index.set(e.operationId, { method: e.method, path: e.path });
    }
  }
  indexByEndpoints.set(endpoints, index);
  return index;
}

/**
 * Per-endpoint plugins: `middleware.operations.<operationId>.postPlugins[]` {enabled, functionName, path}
 * and `.virtualEndpoint` {enabled, functionName, path, requireSession}.
 * `locate`: the endpoints to find each operation's method and path in; null skips that (edits need only
 * the entries, and the scan of `paths` is the costly part on large definitions).
 */
export function readOasEndpointPlugins(ctx: ReadContext, _doc: JsonObject, middleware: JsonObject | undefined, locate: readonly Endpoint[] | null): EndpointPlugin[] {
  return drain(oasEndpointPluginSteps(ctx, middleware, locate, Infinity));
}

/**
 * Plugins already read, by operations object and endpoint list (none: not located). Only reads that record
 * no findings are kept: the header, the sync bar and the pipeline each read them, and an API may have 200,000
 * operations.
 */
const pluginsRead = new WeakMap<JsonObject, { unlocated?: EndpointPlugin[]; located: WeakMap<readonly Endpoint[], EndpointPlugin[]> }>();

/**
 * The last read of each kind (located against an endpoint list, or not): an edit on one endpoint makes a new
 * operations object that shares every other entry with the old one, so those entries' plugins are taken from
 * this read rather than read again (an API may have 110,000 operations; re-reading them blocked the page).
 */
interface LastRead {
  operations: JsonObject;
  locate: readonly Endpoint[] | null;
  byId: Map<string, EndpointPlugin[]>;
}
const lastReads: { located?: LastRead; unlocated?: LastRead } = {};

/**
 * The plugins by operation when `operations` was made from the last read's by changing one operation (an
 * edit on one endpoint): only that one is read again, not 200,000. Undefined when its place among the others
 * is not known (plugins added to an operation that had none, not at the end).
 */
function afterEdit(previous: LastRead, operations: JsonObject, read: (operationId: string) => EndpointPlugin[]): Map<string, EndpointPlugin[]> | undefined {
  const edit = oneKeyEditOf(operations);
  if (!edit || edit.base !== previous.operations) return undefined;
  const plugins = read(edit.key);
  const had = previous.byId.has(edit.key);
  if (plugins.length > 0 && !had && (!edit.added || !edit.inOrder)) return undefined;
  const byId = new Map(previous.byId);
  if (plugins.length > 0) byId.set(edit.key, plugins);
  else byId.delete(edit.key);
  return byId;
}

/** `readOasEndpointPlugins` a slice of the operations per step; same cache. */
export function* oasEndpointPluginSteps(
  ctx: ReadContext,
  middleware: JsonObject | undefined,
  locate: readonly Endpoint[] | null,
  size = STEP_ENTRIES,
): Steps<EndpointPlugin[]> {
  const found = ctx.obj(middleware, 'operations', [XTYK, 'middleware']);
  if (!found) return [];
  const operations: JsonObject = found;
  const cached = ctx.findings ? undefined : (pluginsRead.get(operations) ?? { located: new WeakMap() });
  const known = cached && (locate ? cached.located.get(locate) : cached.unlocated);
  if (known) return known;
  const index = locate ? yield* operationIndexSteps(locate, size) : new Map<string, { method: string; path: string }>();
  const last = ctx.findings ? undefined : locate ? lastReads.located : lastReads.unlocated;
  // Entries the last read saw unchanged (same object) keep their plugins; only a read without findings is reused.
  const previous = last && last.locate === locate ? last : undefined;
  const out: EndpointPlugin[] = [];
  let byId = new Map<string, EndpointPlugin[]>();
  const edited = previous ? afterEdit(previous, operations, read) : undefined;
  if (edited) {
    byId = edited;
    for (const plugins of byId.values()) for (const plugin of plugins) out.push(plugin);
  } else {
    const ids = Object.keys(operations);
    for (let start = 0; start < ids.length; start += size) {
      if (start > 0) yield;
      for (const operationId of ids.slice(start, start + size)) {
        const plugins = previous && previous.operations[operationId] === operations[operationId] ? previous.byId.get(operationId) : read(operationId);
        if (plugins === undefined || plugins.length === 0) continue;
        byId.set(operationId, plugins);
        out.push(...plugins);
      }
    }
  }
  if (cached) {
    if (locate) cached.located.set(locate, out);
    else cached.unlocated = out;
    pluginsRead.set(operations, cached);
    const read_: LastRead = { operations, locate, byId };
    if (locate) lastReads.located = read_;
    else lastReads.unlocated = read_;
  }
  return out;

  function read(operationId: string): EndpointPlugin[] {
    const mine: EndpointPlugin[] = [];
    const raw = operations[operationId];
    // Most operations of a large API carry no plugin: they are passed over before any path is built.
    if (isJsonObject(raw) && raw.postPlugins === undefined && raw.virtualEndpoint === undefined) return mine;
    const opPath: JsonPath = [...OPERATIONS_PATH, operationId];
    const op = ctx.obj(operations, operationId, OPERATIONS_PATH);
    if (!op) return mine;
    const where = index.get(operationId) ?? { method: '', path: '' };
    (ctx.arr(op, 'postPlugins', opPath) ?? []).forEach((raw, i) => {
      const at: JsonPath = [...opPath, 'postPlugins', i];
      const entry = ctx.item(raw, at);
      if (!entry) return;
      mine.push({
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
      mine.push({
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
    return mine;
  }
}
