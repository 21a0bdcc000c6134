import type { JsonObject } from '../domain/json';
import { isJsonObject } from '../domain/json';
import { normaliseClassic, normaliseOas } from './normalise';
import type { StoredApi } from './store-types';

function obj(value: unknown): JsonObject {
  return isJsonObject(value) ? value : {};
}

/** Classic `proxy.listen_path`; OAS `x-tyk-api-gateway.server.listenPath.value`. */
export function listenPathOf(api: Pick<StoredApi, 'format' | 'doc'>): string {
  const value =
    api.format === 'classic'
      ? obj(api.doc.proxy).listen_path
      : obj(obj(obj(api.doc['x-tyk-api-gateway']).server).listenPath).value;
  return typeof value === 'string' ? value : '';
}

function setListenPath(api: StoredApi, path: string): void {
  if (api.format === 'classic') {
    api.doc.proxy = { ...obj(api.doc.proxy), listen_path: path };
    return;
  }
  const ext = obj(api.doc['x-tyk-api-gateway']);
  const server = obj(ext.server);
  server.listenPath = { ...obj(server.listenPath), value: path };
  ext.server = server;
  api.doc['x-tyk-api-gateway'] = ext;
}

/** The custom domain an API is served on (Classic `domain`, OAS `server.customDomain`), or '' for any host. */
function domainOf(api: StoredApi): string {
  if (api.format === 'classic') return typeof api.doc.domain === 'string' ? api.doc.domain : '';
  const custom = obj(obj(obj(api.doc['x-tyk-api-gateway']).server).customDomain);
  return custom.enabled === true && typeof custom.name === 'string' ? custom.name : '';
}

/** An API with no listen path, or one with a space, is kept in the list but never routed (api_loader.go:83-106). */
export function isRoutable(api: Pick<StoredApi, 'format' | 'doc'>): boolean {
  const path = listenPathOf(api);
  return path !== '' && !path.includes(' ');
}

/**
 * A hot reload: every stored API becomes what the gateway serves, normalised as it answers GET with it.
 * Two APIs on the same domain and listen path are both served, but one that did not already serve that path
 * gets `<path>-<api_id>` (gateway/api_loader.go processSpec, 207-232). `previous` is what was served before.
 */
export function loadApis(stored: readonly StoredApi[], previous: readonly StoredApi[]): StoredApi[] {
  const key = (api: StoredApi) => `${domainOf(api)}${listenPathOf(api)}`;
  const counts = new Map<string, number>();
  for (const api of stored) counts.set(key(api), (counts.get(key(api)) ?? 0) + 1);
  return stored.map((api) => {
    const doc = api.format === 'classic' ? normaliseClassic(api.doc) : normaliseOas(api.doc);
    const served: StoredApi = { ...api, doc };
    if (!isRoutable(api) || (counts.get(key(api)) ?? 0) < 2) return served;
    const before = previous.find((old) => old.id === api.id);
    if (before && listenPathOf(before) === listenPathOf(api)) return served;
    setListenPath(served, `${listenPathOf(api)}-${api.id}`);
    return served;
  });
}
