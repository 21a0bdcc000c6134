import { isJsonObject, type JsonObject, type JsonValue } from '../json';
import { numberAt } from '../chain/fields';

const ALLOWANCE_LISTS = ['white_list', 'black_list', 'ignored'];

/**
 * A Classic version's `extended_paths` as the gateway migrates them before converting (apidef/migration.go):
 * allow, block and ignore entries keyed by `method_actions` become one entry per method, and a "reply" action
 * a mock response (migrateEndpointMetaByType); with `use_extended_paths`, the plain `cache` list becomes
 * GET, HEAD and OPTIONS entries of `advance_cache_config` with the API's cache timeout (MigrateCachePlugin).
 */
export function migratedExtendedPaths(doc: JsonObject, version: JsonObject): JsonObject {
  const ep = isJsonObject(version.extended_paths) ? version.extended_paths : {};
  const out: JsonObject = { ...ep };
  const mocks: JsonObject[] = (Array.isArray(ep.mock_response) ? ep.mock_response : []).filter(isJsonObject);
  for (const field of ALLOWANCE_LISTS) {
    if (!Array.isArray(ep[field])) continue;
    const entries: JsonObject[] = [];
    for (const meta of ep[field].filter(isJsonObject)) {
      const actions = isJsonObject(meta.method_actions) ? meta.method_actions : undefined;
      if (!actions || Object.keys(actions).length === 0) {
        entries.push(meta);
        continue;
      }
      for (const method of Object.keys(actions).sort()) {
        const rest: JsonObject = { ...meta, method };
        delete rest.method_actions;
        entries.push(rest);
        const action = actions[method];
        if (!isJsonObject(action) || action.action === 'no_action') continue;
        if (mocks.some((mock) => mock.path === meta.path && mock.method === method)) continue;
        mocks.push(mockFrom(meta, method, action));
      }
    }
    out[field] = entries;
  }
  if (mocks.length) out.mock_response = mocks;
  const cached = Array.isArray(ep.cache) ? ep.cache.filter((path): path is string => typeof path === 'string') : [];
  if (version.use_extended_paths === true && cached.length > 0) {
    const timeout = numberAt(doc, 'cache_options', 'cache_timeout') || 60;
    const methods = ['GET', 'HEAD', 'OPTIONS'];
    const advanced = cached.flatMap((path) => methods.map((method): JsonObject => ({ path, method, timeout, cache_response_codes: [] })));
    out.advance_cache_config = [...advanced, ...(Array.isArray(ep.advance_cache_config) ? ep.advance_cache_config : [])];
    delete out.cache;
  }
  return out;
}

function mockFrom(meta: JsonObject, method: string, action: JsonObject): JsonObject {
  const off = meta.disabled === true || action.action !== 'reply';
  const mock: JsonObject = { path: meta.path as JsonValue, method, code: action.code ?? 200, body: action.data ?? '', headers: action.headers ?? {} };
  if (off) mock.disabled = true;
  return mock;
}
