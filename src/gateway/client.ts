import type { JsonObject } from '../domain/json';
import type { DefinitionFormat } from '../domain/pipeline/model';
import type { z } from 'zod';
import { getConnection } from './connection';
import { GatewayError, adviceFor } from './errors';
import type { GatewayRequest } from './fetch';
import { gatewayFetch, unexpectedShape } from './fetch';
import type { ModifyResult, TraceResult } from './schemas';
import {
  classicApiSchema,
  classicListSchema,
  modifySchema,
  oasApiSchema,
  oasListSchema,
  statusMessageSchema,
  traceSchema,
} from './schemas';

export { gatewayFetch, DEFAULT_TIMEOUT_MS } from './fetch';
export type { GatewayRequest, GatewayAnswer } from './fetch';
export type { ModifyResult, TraceResult } from './schemas';

/** One API on the gateway: its id, its format and the definition exactly as the gateway sent it. */
export interface GatewayApi {
  id: string;
  format: DefinitionFormat;
  doc: JsonObject;
}

/** Per-call options: cancellation and a timeout. */
export type CallOptions = Pick<GatewayRequest, 'signal' | 'timeoutMs'>;

/** Check an answer against its schema, but hand back the original JSON (nothing stripped, order kept). */
function checked<T>(path: string, schema: z.ZodType<T>, json: unknown): T {
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw unexpectedShape(path, issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid');
  }
  return json as T;
}

async function call<T>(path: string, schema: z.ZodType<T>, request: GatewayRequest = {}): Promise<T> {
  const answer = await gatewayFetch(path, request);
  return checked(path, schema, answer.json);
}

const enc = encodeURIComponent;

function apiPath(id: string, format: DefinitionFormat): string {
  return format === 'oas' ? `/tyk/apis/oas/${enc(id)}` : `/tyk/apis/${enc(id)}`;
}

/** The id inside a definition: Classic `api_id`, OAS `x-tyk-api-gateway.info.id`. */
export function idOf(doc: JsonObject, format: DefinitionFormat): string {
  if (format === 'classic') return typeof doc.api_id === 'string' ? doc.api_id : '';
  const ext = doc['x-tyk-api-gateway'];
  if (typeof ext !== 'object' || ext === null || Array.isArray(ext)) return '';
  const info = ext.info;
  if (typeof info !== 'object' || info === null || Array.isArray(info)) return '';
  return typeof info.id === 'string' ? info.id : '';
}

/**
 * Every API, Classic and OAS together. GET /tyk/apis lists OAS APIs too, as Classic copies with
 * `is_oas: true`: those are replaced by their OAS document from GET /tyk/apis/oas, so none appears twice.
 */
export async function listApis(options: CallOptions = {}): Promise<GatewayApi[]> {
  const [classic, oas] = await Promise.all([
    call('/tyk/apis', classicListSchema, options),
    call('/tyk/apis/oas', oasListSchema, options).catch((error: unknown) => {
      // Gateways before OAS support have no /tyk/apis/oas: they have no OAS APIs either.
      if (error instanceof GatewayError && error.kind === 'not-found') return [];
      throw error;
    }),
  ]);
  const oasById = new Map<string, JsonObject>();
  for (const doc of oas) oasById.set(doc['x-tyk-api-gateway'].info.id, doc as JsonObject);
  const seen = new Set<string>();
  const result: GatewayApi[] = [];
  for (const doc of classic) {
    const id = doc.api_id;
    if (seen.has(id)) continue;
    const oasDoc = oasById.get(id);
    if (oasDoc) result.push({ id, format: 'oas', doc: oasDoc });
    // An is_oas copy whose OAS document did not come back is left out rather than shown as Classic.
    else if (doc.is_oas !== true) result.push({ id, format: 'classic', doc: doc as JsonObject });
    else continue;
    seen.add(id);
  }
  for (const [id, doc] of oasById) {
    if (!seen.has(id)) {
      seen.add(id);
      result.push({ id, format: 'oas', doc });
    }
  }
  return result;
}

/** GET /tyk/apis/{id} or /tyk/apis/oas/{id}. */
export async function getApi(id: string, format: DefinitionFormat, options: CallOptions = {}): Promise<GatewayApi> {
  const path = apiPath(id, format);
  const doc = format === 'oas' ? await call(path, oasApiSchema, options) : await call(path, classicApiSchema, options);
  return { id, format, doc: doc as JsonObject };
}

/**
 * POST a new definition. The gateway itself silently replaces an API that has the same id, so when the
 * definition names its id this checks first and refuses with a 'conflict' instead. Never retried: a POST
 * repeated after a lost answer could create the API twice.
 */
export async function createApi(format: DefinitionFormat, doc: JsonObject, options: CallOptions = {}): Promise<ModifyResult> {
  const id = idOf(doc, format);
  if (id !== '') {
    const exists = await getApi(id, format, options).then(
      () => true,
      (error: unknown) => {
        if (error instanceof GatewayError && (error.kind === 'not-found' || error.kind === 'bad-request')) {
          // bad-request: the id exists in the other format, which the gateway would also overwrite.
          return error.kind === 'bad-request';
        }
        throw error;
      },
    );
    if (exists) {
      const connection = getConnection();
      throw new GatewayError({
        kind: 'conflict',
        status: 409,
        message: `The gateway already has an API with id "${id}".`,
        advice: adviceFor('conflict', connection.label, connection.mode),
      });
    }
  }
  return call(format === 'oas' ? '/tyk/apis/oas' : '/tyk/apis', modifySchema, { ...options, method: 'POST', body: doc });
}

/** PUT the whole definition; the gateway requires the id in it to match `id`. */
export function updateApi(id: string, format: DefinitionFormat, doc: JsonObject, options: CallOptions = {}): Promise<ModifyResult> {
  return call(apiPath(id, format), modifySchema, { ...options, method: 'PUT', body: doc });
}

export function deleteApi(id: string, format: DefinitionFormat, options: CallOptions = {}): Promise<ModifyResult> {
  return call(apiPath(id, format), modifySchema, { ...options, method: 'DELETE' });
}

/** Hot reload: this node, waiting until done (`/tyk/reload?block=true`), or the whole group. */
export async function reloadGateway(target: { group: boolean }, options: CallOptions = {}): Promise<void> {
  const path = target.group ? '/tyk/reload/group' : '/tyk/reload?block=true';
  await call(path, statusMessageSchema, options);
}

export interface DebugRequest {
  format: DefinitionFormat;
  doc: JsonObject;
  request: { method: string; path: string; headers?: Record<string, string[]>; body?: string };
}

/** POST /tyk/debug: run a sample request through a definition that need not be saved. */
export function debugRequest(input: DebugRequest, options: CallOptions = {}): Promise<TraceResult> {
  const body = { request: input.request, ...(input.format === 'oas' ? { oas: input.doc } : { spec: input.doc }) };
  return call('/tyk/debug', traceSchema, { ...options, method: 'POST', body });
}

export type ConnectionCheck = { ok: true; message: string } | { ok: false; error: GatewayError };

/**
 * Does the gateway answer, and does it accept the secret? Asks for an API id that cannot exist: Tyk's
 * 404 "API not found" proves both without listing every API.
 */
export async function testConnection(options: CallOptions = {}): Promise<ConnectionCheck> {
  const connection = getConnection();
  try {
    await gatewayFetch('/tyk/apis/plugin-studio-connection-check', options);
    return { ok: true, message: `${connection.label} answers and accepts the secret.` };
  } catch (error) {
    // Only Tyk's own 404 counts: a web server's 404 page is not the gateway.
    if (error instanceof GatewayError && error.kind === 'not-found' && /API not found/i.test(error.message)) {
      return { ok: true, message: `${connection.label} answers and accepts the secret.` };
    }
    if (error instanceof GatewayError) return { ok: false, error };
    throw error;
  }
}
