import type { JsonObject } from '../domain/json';
import { isJsonObject } from '../domain/json';

/** A new API id as the gateway makes one (apidef GenerateAPIID: a UUID without dashes). */
export function generateApiId(): string {
  const uuid =
    typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
      ? crypto.randomUUID()
      : `${Date.now().toString(16)}${Math.random().toString(16).slice(2)}`.padEnd(32, '0');
  return uuid.replace(/-/g, '').slice(0, 32);
}

function obj(value: unknown): JsonObject {
  return isJsonObject(value) ? value : {};
}

/** `x-tyk-api-gateway` of an OAS document, or undefined when absent. */
export function tykExtension(doc: JsonObject): JsonObject | undefined {
  const ext = doc['x-tyk-api-gateway'];
  return isJsonObject(ext) ? ext : undefined;
}

/** `x-tyk-api-gateway.info.id`. */
export function oasApiId(doc: JsonObject): string {
  const id = obj(tykExtension(doc)?.info).id;
  return typeof id === 'string' ? id : '';
}

/** Set `x-tyk-api-gateway.info.id` (the gateway writes the generated id there on create). */
export function setOasApiId(doc: JsonObject, id: string): void {
  const ext = tykExtension(doc);
  if (!ext) return;
  const info = obj(ext.info);
  info.id = id;
  ext.info = info;
}

/**
 * The Classic copy the gateway lists for an OAS API in GET /tyk/apis (handleGetAPIList returns every
 * loaded spec's APIDefinition, OAS ones with `is_oas: true`). Only the main fields are filled in here.
 */
export function classicViewOfOas(id: string, doc: JsonObject, kind?: 'mcp'): JsonObject {
  const ext = obj(tykExtension(doc));
  const info = obj(ext.info);
  const state = obj(info.state);
  const server = obj(ext.server);
  const listenPath = obj(server.listenPath);
  const auth = obj(server.authentication);
  const upstream = obj(ext.upstream);
  return {
    api_id: id,
    name: typeof info.name === 'string' ? info.name : '',
    org_id: typeof info.orgId === 'string' ? info.orgId : '',
    is_oas: true,
    // An MCP proxy is one by its application protocol (apidef/api_definitions.go IsMCP).
    ...(kind === 'mcp' ? { application_protocol: 'mcp' } : {}),
    active: state.active !== false,
    internal: state.internal === true,
    use_keyless: auth.enabled !== true,
    proxy: {
      listen_path: typeof listenPath.value === 'string' ? listenPath.value : '',
      target_url: typeof upstream.url === 'string' ? upstream.url : '',
      strip_listen_path: listenPath.strip === true,
    },
    version_data: { not_versioned: true, versions: { Default: { name: 'Default' } } },
  };
}

/** Where the embedded gateway pretends to listen (a stock gateway's default). */
export const GATEWAY_ORIGIN = 'http://localhost:8080';

function listenPathOfOas(doc: JsonObject): string {
  const value = obj(obj(obj(tykExtension(doc)).server).listenPath).value;
  return typeof value === 'string' ? value : '';
}

/**
 * The gateway puts the API's own URL first in `servers` when it stores an OAS API (gateway/api.go
 * AddServers on create, updateOASServers on update, replacing the URL it had before).
 */
export function withGatewayServer(doc: JsonObject, previous?: JsonObject): JsonObject {
  const listenPath = listenPathOfOas(doc);
  if (listenPath === '') return doc;
  const url = GATEWAY_ORIGIN + (listenPath.startsWith('/') ? listenPath : `/${listenPath}`);
  const oldUrl = previous ? GATEWAY_ORIGIN + listenPathOfOas(previous) : undefined;
  const servers = Array.isArray(doc.servers) ? doc.servers : [];
  const others = servers.filter((server) => !isJsonObject(server) || (server.url !== url && server.url !== oldUrl));
  return { ...doc, servers: [{ url }, ...others] };
}
