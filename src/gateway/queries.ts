import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { DefinitionFormat } from '../domain/pipeline/model';
import type { GatewayApi } from './client';
import { getApi, listApis } from './client';
import type { Connection } from './connection';
import { getConnection } from './current-gateway';
import { GatewayError, adviceFor } from './errors';

/** Query keys, scoped by the gateway (the current one unless given) so two gateways' caches never mix. */
export const gatewayKeys = {
  // A node's answers sit under its cluster's key, so invalidating the cluster reaches every node too.
  all: (connection: Connection = getConnection()) => (connection.node === undefined ? (['gateway', connection.key] as const) : (['gateway', connection.key, 'node', connection.node] as const)),
  apis: (connection?: Connection) => [...gatewayKeys.all(connection), 'apis'] as const,
  api: (id: string, connection?: Connection) => [...gatewayKeys.all(connection), 'api', id] as const,
  oasSchema: (oasVersion: string) => [...gatewayKeys.all(), 'oas-schema', oasVersion] as const,
};

/** Retry reads only when waiting could help (network, timeout, 5xx); never a 403, 404 or 400. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!(error instanceof GatewayError)) return false;
  return failureCount < 2 && (error.kind === 'network' || error.kind === 'timeout' || error.kind === 'server');
}

/** Performance mark set when the API list's answer has been read (the list measures its first screen from it). */
export const APIS_ANSWER_MARK = 'api-list:answer';

/** Every API of a gateway: the current one, or `connection` (a Compare view reads two at once). */
export function apisQueryOptions(connection?: Connection) {
  return queryOptions({
    queryKey: gatewayKeys.apis(connection),
    queryFn: async ({ signal }) => {
      const apis = await listApis({ signal, ...(connection ? { connection } : {}) });
      if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(APIS_ANSWER_MARK);
      return apis;
    },
    retry: shouldRetry,
  });
}

/** The error for an id the gateway's list does not hold, worded as for a 404 from the gateway itself. */
function apiNotFound(id: string, connection: Connection = getConnection()): GatewayError {
  return new GatewayError({
    kind: 'not-found',
    status: 404,
    message: `The gateway has no API with id "${id}".`,
    advice: adviceFor('not-found', connection.label, connection.mode),
  });
}

/** Which format an id has, from the cached list, else from a fresh one. */
async function formatOf(client: QueryClient, id: string, signal: AbortSignal): Promise<DefinitionFormat> {
  const cached = client.getQueryData(apisQueryOptions().queryKey);
  const fromCache = cached?.find((api) => api.id === id);
  if (fromCache) return fromCache.format;
  const fresh = await listApis({ signal });
  client.setQueryData(apisQueryOptions().queryKey, fresh);
  const found = fresh.find((api) => api.id === id);
  if (found) return found.format;
  throw apiNotFound(id);
}

/**
 * One API. With `format` it is fetched straight away; without, the format is found in the API list
 * first (cached, or fetched once).
 */
export function apiQueryOptions(id: string, format?: DefinitionFormat, client?: QueryClient) {
  return queryOptions({
    queryKey: gatewayKeys.api(id),
    queryFn: async ({ signal }): Promise<GatewayApi> => {
      const resolved = format ?? (client ? await formatOf(client, id, signal) : undefined);
      if (resolved) return getApi(id, resolved, { signal });
      const found = (await listApis({ signal })).find((api) => api.id === id);
      if (!found) throw apiNotFound(id);
      return getApi(id, found.format, { signal });
    },
    retry: shouldRetry,
  });
}

/** One API on a given gateway, whatever its format: Compare and Promote read two gateways at once. */
export function apiOnQueryOptions(id: string, connection: Connection, client: QueryClient) {
  return queryOptions({
    queryKey: gatewayKeys.api(id, connection),
    queryFn: async ({ signal }): Promise<GatewayApi> => {
      const list = await client.fetchQuery({ ...apisQueryOptions(connection), staleTime: 30_000 });
      const found = list.find((api) => api.id === id);
      if (!found) throw apiNotFound(id, connection);
      return getApi(id, found.format, { signal, connection });
    },
    retry: shouldRetry,
  });
}

export function useApis(connection?: Connection) {
  return useQuery(apisQueryOptions(connection));
}

/** One API by id, whatever its format. */
export function useApi(id: string, format?: DefinitionFormat) {
  const client = useQueryClient();
  return useQuery(apiQueryOptions(id, format, client));
}

/**
 * The gateway's Tyk OAS schema for one OpenAPI version. It changes only when the gateway is upgraded
 * (which restarts it), so it is read once per page and kept: never stale, kept an hour unused.
 */
export function oasSchemaQueryOptions(oasVersion: string) {
  return queryOptions({
    queryKey: gatewayKeys.oasSchema(oasVersion),
    // Its reader loads with the Definition tab that asks for it, not with the first screen.
    queryFn: ({ signal }) => import('./oas-schema').then((mod) => mod.getOasSchema(oasVersion, { signal })),
    staleTime: Infinity,
    gcTime: 60 * 60 * 1000,
    retry: shouldRetry,
  });
}

/** The gateway's schema for `oasVersion`; nothing is fetched unless `enabled` (and a version is given). */
export function useOasSchema(oasVersion: string | undefined, enabled: boolean) {
  return useQuery({ ...oasSchemaQueryOptions(oasVersion ?? ''), enabled: enabled && oasVersion !== undefined && oasVersion !== '' });
}
