import { normaliseListenPath } from '../create/listen-path';
import { slugFromName } from '../create/slug';
import { isJsonObject, type JsonObject, type JsonValue } from '../json';
import { withKey } from './object-keys';

export interface OpenApiImportOptions {
  /** The API's name; defaults to `info.title`. */
  name?: string;
  listenPath: string;
  /** Where the gateway forwards to; defaults to the first server's URL when that is an absolute http(s) URL. */
  upstreamUrl?: string;
}

const GATEWAY_KEY = 'x-tyk-api-gateway';

/**
 * Makes a Tyk OAS definition from a plain OpenAPI 3 document: everything the document has is kept as it
 * is (same values, same key order) and `x-tyk-api-gateway` gets `info.name`, `info.state`, `upstream.url`
 * and `server.listenPath`. An `x-tyk-api-gateway` already there keeps its other settings.
 */
export function tykOasFromOpenApi(doc: JsonObject, options: OpenApiImportOptions): JsonObject {
  const existing = isJsonObject(doc[GATEWAY_KEY]) ? doc[GATEWAY_KEY] : {};
  const name = options.name?.trim() || titleOf(doc) || 'Imported API';
  const upstreamUrl = options.upstreamUrl?.trim() || upstreamFromServers(doc) || '';

  const info = objectOr(existing.info);
  let nextInfo = withKey(info, 'name', name);
  if (!isJsonObject(info.state)) nextInfo = withKey(nextInfo, 'state', { active: true });

  const server = objectOr(existing.server);
  const listenPath = withKey(
    withKey(objectOr(server.listenPath), 'value', normaliseListenPath(options.listenPath)),
    'strip',
    stripOf(server.listenPath),
  );

  let gateway = withKey(existing, 'info', nextInfo);
  gateway = withKey(gateway, 'upstream', withKey(objectOr(existing.upstream), 'url', upstreamUrl));
  gateway = withKey(gateway, 'server', withKey(server, 'listenPath', listenPath));
  return withKey(doc, GATEWAY_KEY, gateway);
}

/** Defaults for the import form: name from `info.title`, a listen path from the name, the first server's URL. */
export function openApiImportDefaults(doc: JsonObject): {
  name: string;
  listenPath: string;
  upstreamUrl: string;
} {
  const name = titleOf(doc) || 'Imported API';
  return {
    name,
    listenPath: `/${slugFromName(name) || 'api'}/`,
    upstreamUrl: upstreamFromServers(doc) ?? '',
  };
}

/**
 * The first `servers[].url`, with its `{variables}` replaced by their defaults, when it is an absolute
 * http(s) URL; a relative one ("/api/v3") cannot be an upstream.
 */
export function upstreamFromServers(doc: JsonObject): string | undefined {
  const servers = doc.servers;
  if (!Array.isArray(servers)) return undefined;
  const first = servers[0];
  if (!isJsonObject(first) || typeof first.url !== 'string') return undefined;
  const variables = objectOr(first.variables);
  const url = first.url.replace(/\{([^}]*)\}/g, (whole, key: string) => {
    const variable = Object.hasOwn(variables, key) ? variables[key] : undefined;
    return isJsonObject(variable) && typeof variable.default === 'string' ? variable.default : whole;
  });
  // A variable with no default leaves its braces: not an address the gateway can call.
  if (/[{}]/.test(url)) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function titleOf(doc: JsonObject): string {
  const info = doc.info;
  return isJsonObject(info) && typeof info.title === 'string' ? info.title.trim() : '';
}

function stripOf(listenPath: JsonValue | undefined): boolean {
  return isJsonObject(listenPath) && typeof listenPath.strip === 'boolean' ? listenPath.strip : true;
}

function objectOr(value: JsonValue | undefined): JsonObject {
  return isJsonObject(value) ? value : {};
}
