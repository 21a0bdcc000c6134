import type { JsonObject, JsonPath, JsonValue } from '../json';
import { isJsonObject } from '../json';
import type { ReadContext } from '../definition/read-context';
import type { Endpoint, EndpointPlugin } from '../pipeline/model';
import { oneIndexEditOf, oneKeyEditOf, type OneKeyEdit } from '../edit-record';
import { drain, STEP_ENTRIES, type Steps } from '../steps';

/** The versions of a Classic definition: `version_data.versions.<name>` objects, in document order. */
export function classicVersions(ctx: ReadContext, doc: JsonObject): { name: string; version: JsonObject }[] {
  const vd = ctx.obj(doc, 'version_data', []);
  const versions = ctx.obj(vd, 'versions', ['version_data']);
  if (!versions) return [];
  const out: { name: string; version: JsonObject }[] = [];
  for (const name of Object.keys(versions)) {
    const version = ctx.obj(versions, name, ['version_data', 'versions']);
    if (version) out.push({ name, version });
  }
  return out;
}

/** `version_data.versions.<v>.extended_paths` path. */
export function extendedPathsPath(version: string): JsonPath {
  return ['version_data', 'versions', version, 'extended_paths'];
}

/**
 * Per-endpoint plugins: `extended_paths.go_plugin[]` {path, method, plugin_path, func_name, disabled} and
 * `extended_paths.virtual[]` {path, method, response_function_name, function_source_uri, use_session, disabled}.
 */
export function readClassicEndpointPlugins(ctx: ReadContext, doc: JsonObject): EndpointPlugin[] {
  const out: EndpointPlugin[] = [];
  for (const { name, version } of classicVersions(ctx, doc)) {
    const base: JsonPath = ['version_data', 'versions', name];
    const ep = ctx.obj(version, 'extended_paths', base);
    const epPath = extendedPathsPath(name);
    (ctx.arr(ep, 'go_plugin', epPath) ?? []).forEach((raw, index) => {
      const at: JsonPath = [...epPath, 'go_plugin', index];
      const entry = ctx.item(raw, at);
      if (!entry) return;
      out.push({
        kind: 'goPlugin',
        method: ctx.str(entry, 'method', at),
        path: ctx.str(entry, 'path', at),
        version: name,
        fn: {
          name: ctx.str(entry, 'func_name', at),
          path: ctx.str(entry, 'plugin_path', at),
          enabled: !ctx.bool(entry, 'disabled', at),
          requireSession: false,
          rawBodyOnly: false,
          source: at,
        },
      });
    });
    (ctx.arr(ep, 'virtual', epPath) ?? []).forEach((raw, index) => {
      const at: JsonPath = [...epPath, 'virtual', index];
      const entry = ctx.item(raw, at);
      if (!entry) return;
      out.push({
        kind: 'virtual',
        method: ctx.str(entry, 'method', at),
        path: ctx.str(entry, 'path', at),
        version: name,
        fn: {
          name: ctx.str(entry, 'response_function_name', at),
          // With function_source_type "blob" the URI holds the base64 source itself, not a file.
          path: ctx.str(entry, 'function_source_type', at) === 'blob' ? '' : ctx.str(entry, 'function_source_uri', at),
          enabled: !ctx.bool(entry, 'disabled', at),
          requireSession: ctx.bool(entry, 'use_session', at),
          rawBodyOnly: false,
          source: at,
        },
      });
    });
  }
  return out;
}

/**
 * Endpoints a Classic definition declares: every `extended_paths.<kind>[]` entry with a `path` and either a
 * `method` or `method_actions` (white_list, black_list, ignored). Deduplicated by method + path.
 */
export function readClassicEndpoints(doc: JsonObject): Endpoint[] {
  return drain(classicEndpointSteps(doc, Infinity));
}

/**
 * Endpoints already read, by `version_data` object: an edit elsewhere leaves it as it was, and an API may list
 * 200,000 endpoints. Frozen, as every reader shares it.
 */
const endpointsByVersions = new WeakMap<JsonObject, Endpoint[]>();
/** The last read: an edit of one entry that names the same endpoints (a plugin switched off) reuses it. */
let lastRead: { versionData: JsonObject; endpoints: Endpoint[] } | undefined;

/** `readClassicEndpoints` a slice of the entries per step, for a page that must keep answering; same cache. */
export function* classicEndpointSteps(doc: JsonObject, size = STEP_ENTRIES): Steps<Endpoint[]> {
  const versionData = doc['version_data'];
  if (!isJsonObject(versionData)) return [];
  const known = endpointsByVersions.get(versionData) ?? sameAfterEdit(versionData);
  if (known) return known;
  // path → methods seen; nested rather than "METHOD path" strings, which cost more to build and hash.
  const seen = new Map<string, Set<string>>();
  const out: Endpoint[] = [];
  const add = (rawMethod: string, path: string) => {
    if (path === '') return;
    const method = rawMethod.toUpperCase();
    let methods = seen.get(path);
    if (!methods) {
      methods = new Set();
      seen.set(path, methods);
    } else if (methods.has(method)) return;
    methods.add(method);
    out.push(Object.freeze({ method, path }));
  };
  const versions = versionData['versions'];
  for (const version of isJsonObject(versions) ? Object.values(versions) : []) {
    // Types inside extended_paths are not plugin fields (except the two above): read quietly.
    const ep = isJsonObject(version) ? version['extended_paths'] : undefined;
    if (!isJsonObject(ep)) continue;
    for (const list of Object.values(ep)) {
      if (!Array.isArray(list)) continue;
      for (let start = 0; start < list.length; start += size) {
        if (start > 0) yield;
        const end = Math.min(list.length, start + size);
        for (let at = start; at < end; at++) {
          const entry = list[at];
          if (!isJsonObject(entry)) continue;
          const path = entry['path'];
          if (typeof path !== 'string') continue;
          const method = entry['method'];
          if (typeof method === 'string' && method !== '') add(method, path);
          const actions = entry['method_actions'];
          if (isJsonObject(actions)) for (const m of Object.keys(actions)) add(m, path);
          if (typeof method !== 'string' && !isJsonObject(actions)) add('ANY', path);
        }
      }
    }
  }
  const endpoints = Object.freeze(out) as Endpoint[];
  endpointsByVersions.set(versionData, endpoints);
  lastRead = { versionData, endpoints };
  return endpoints;
}

/**
 * The last read's endpoints when `versionData` differs from its `version_data` by one entry of an
 * `extended_paths` list that names the same method and path (a plugin switched off, renamed, moved to
 * another file): the list of endpoints is then the same.
 */
function sameAfterEdit(versionData: JsonObject): Endpoint[] | undefined {
  if (!lastRead) return undefined;
  const entries = editedEntry(lastRead.versionData, versionData);
  if (!entries || !isJsonObject(entries[0]) || !isJsonObject(entries[1]) || endpointKey(entries[0]) !== endpointKey(entries[1])) return undefined;
  endpointsByVersions.set(versionData, lastRead.endpoints);
  lastRead = { versionData, endpoints: lastRead.endpoints };
  return lastRead.endpoints;
}

/**
 * The entry before and after, when an edit made `after` from `before` by changing one entry of one list
 * (`versions.<name>.extended_paths.<list>[<index>]`), as json-edit records it; undefined otherwise.
 */
function editedEntry(before: JsonObject, after: JsonObject): [JsonValue | undefined, JsonValue | undefined] | undefined {
  let was: JsonValue | undefined = before;
  let now: JsonValue | undefined = after;
  for (const expected of ['versions', undefined, 'extended_paths', undefined]) {
    const edit: OneKeyEdit | undefined = isJsonObject(now) ? oneKeyEditOf(now) : undefined;
    if (!edit || edit.base !== was || edit.added || (expected !== undefined && edit.key !== expected)) return undefined;
    was = edit.base[edit.key];
    now = (now as JsonObject)[edit.key];
  }
  const edit = Array.isArray(now) ? oneIndexEditOf(now) : undefined;
  if (!edit || edit.base !== was) return undefined;
  return [edit.base[edit.index], (now as JsonValue[])[edit.index]];
}

/** What an entry contributes to the endpoint list: its path, method and method_actions' methods. */
function endpointKey(entry: JsonObject): string {
  const actions = entry['method_actions'];
  return JSON.stringify([entry['path'], entry['method'], isJsonObject(actions) ? Object.keys(actions) : typeof actions]);
}
