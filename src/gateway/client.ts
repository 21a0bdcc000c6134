import type { JsonObject } from '../domain/json';
import type { DefinitionFormat } from '../domain/pipeline/model';
import type * as z from 'zod/mini';
import { getConnection } from './current-gateway';
import { GatewayConflictError, GatewayError, adviceFor } from './errors';
import type { GatewayRequest } from './fetch';
import { gatewayFetch, unexpectedShape } from './fetch';
import type { ModifyResult, TraceResult } from './schemas';
import type * as AnswerSchemaModule from './schemas';

export { gatewayFetch, DEFAULT_TIMEOUT_MS } from './fetch';
export type { GatewayRequest, GatewayAnswer } from './fetch';
export type { ModifyResult, TraceResult } from './schemas';
export type { OasSchema } from './oas-schema';

/** One API on the gateway: its id, its format and the definition exactly as the gateway sent it. */
export interface GatewayApi {
  id: string;
  format: DefinitionFormat;
  doc: JsonObject;
}

/** Per-call options: cancellation, a timeout, and the gateway (the current one when absent). */
export type CallOptions = Pick<GatewayRequest, 'signal' | 'timeoutMs' | 'connection'>;

/** Check an answer against its schema, but hand back the original JSON (nothing stripped, order kept). */
function checked<T>(path: string, schema: z.ZodMiniType<T>, json: unknown): T {
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw unexpectedShape(path, issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid');
  }
  return json as T;
}

type AnswerSchemas = typeof AnswerSchemaModule;
let answerSchemas: Promise<AnswerSchemas> | undefined;

/**
 * The answers' schemas (and zod with them) load beside the first request, not with the first screen: the
 * page draws while the gateway is asked, and the check waits for whichever comes last.
 */
async function call<T>(path: string, pick: (schemas: AnswerSchemas) => z.ZodMiniType<T>, request: GatewayRequest = {}): Promise<T> {
  // A failed load is not kept: the next call tries again.
  answerSchemas ??= import('./schemas').catch((error: unknown) => {
    answerSchemas = undefined;
    throw error;
  });
  const [answer, schemas] = await Promise.all([gatewayFetch(path, request), answerSchemas]);
  return checked(path, pick(schemas), answer.json);
}

const enc = encodeURIComponent;

function apiPath(id: string, format: DefinitionFormat): string {
  return format === 'oas' ? `/tyk/apis/oas/${enc(id)}` : `/tyk/apis/${enc(id)}`;
}

/**
 * Every API, Classic and OAS together. GET /tyk/apis lists OAS APIs too, as Classic copies with
 * `is_oas: true`: those are replaced by their OAS document from GET /tyk/apis/oas, so none appears twice.
 */
export async function listApis(options: CallOptions = {}): Promise<GatewayApi[]> {
  const [classic, oas] = await Promise.all([
    call('/tyk/apis', (s) => s.classicListSchema, options),
    call('/tyk/apis/oas', (s) => s.oasListSchema, options).catch((error: unknown) => {
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
  const doc = format === 'oas' ? await call(path, (s) => s.oasApiSchema, options) : await call(path, (s) => s.classicApiSchema, options);
  return { id, format, doc: doc as JsonObject };
}

/**
 * POST a new definition, safely repeatable. A definition without an id gets one derived from its
 * content (`ensureApiId`), and the gateway is asked first whether that id exists, because the gateway
 * itself silently replaces an API with the same id: when the stored copy is this very definition (an
 * earlier push whose answer was lost) this answers "added" without a second POST; otherwise it refuses
 * with a 'conflict'. The POST itself is never retried.
 */
export async function createApi(format: DefinitionFormat, doc: JsonObject, options: CallOptions = {}): Promise<ModifyResult> {
  // Loaded with the first write, not with the API list (the first screen).
  const { ensureApiId, idOf, isSameCreation } = await import('./create');
  const body = ensureApiId(format, doc);
  const id = idOf(body, format);
  const existing = await getApi(id, format, options).catch((error: unknown) => {
    if (error instanceof GatewayError && error.kind === 'not-found') return undefined;
    // bad-request: the id belongs to an API of the other format, which a POST would also replace.
    if (error instanceof GatewayError && error.kind === 'bad-request') return null;
    throw error;
  });
  if (existing && isSameCreation(existing.doc, body, format)) return { key: id, status: 'ok', action: 'added' };
  if (existing !== undefined) {
    const connection = options.connection ?? getConnection();
    throw new GatewayError({
      kind: 'conflict',
      status: 409,
      message: `The gateway already has an API with id "${id}".`,
      advice: adviceFor('conflict', connection.label, connection.mode),
    });
  }
  return call(format === 'oas' ? '/tyk/apis/oas' : '/tyk/apis', (s) => s.modifySchema, { ...options, method: 'POST', body });
}

export interface UpdateOptions extends CallOptions {
  /**
   * The gateway's copy as the user opened it. When given, the current copy is fetched first and the PUT
   * is refused with a GatewayConflictError if it differs in meaning (defaults the gateway filled in are no
   * difference): nothing is overwritten silently.
   */
  base?: JsonObject;
}

/** PUT the whole definition; the gateway requires the id in it to match `id`. */
export async function updateApi(id: string, format: DefinitionFormat, doc: JsonObject, options: UpdateOptions = {}): Promise<ModifyResult> {
  const { base, ...callOptions } = options;
  if (base) {
    const { sameMeaning } = await import('../domain/definition/same-meaning');
    const theirs = await getApi(id, format, callOptions);
    if (!sameMeaning(theirs.doc, base, format)) {
      throw new GatewayConflictError({
        kind: 'conflict',
        status: 409,
        message: `The gateway's copy of "${id}" changed since it was opened.`,
        advice: 'Someone else changed this API. Review their version and re-apply your edits onto it, or overwrite on purpose.',
        theirs,
      });
    }
  }
  return call(apiPath(id, format), (s) => s.modifySchema, { ...callOptions, method: 'PUT', body: doc });
}

export function deleteApi(id: string, format: DefinitionFormat, options: CallOptions = {}): Promise<ModifyResult> {
  return call(apiPath(id, format), (s) => s.modifySchema, { ...options, method: 'DELETE' });
}

/** Hot reload: this node, waiting until done (`/tyk/reload?block=true`), or the whole group. */
export async function reloadGateway(target: { group: boolean }, options: CallOptions = {}): Promise<void> {
  const path = target.group ? '/tyk/reload/group' : '/tyk/reload?block=true';
  await call(path, (s) => s.statusMessageSchema, options);
}

export interface DebugRequest {
  format: DefinitionFormat;
  doc: JsonObject;
  request: { method: string; path: string; headers?: Record<string, string[]>; body?: string };
}

/** POST /tyk/debug: run a sample request through a definition that need not be saved. */
export function debugRequest(input: DebugRequest, options: CallOptions = {}): Promise<TraceResult> {
  const body = { request: input.request, ...(input.format === 'oas' ? { oas: input.doc } : { spec: input.doc }) };
  return call('/tyk/debug', (s) => s.traceSchema, { ...options, method: 'POST', body });
}

export type ConnectionCheck = { ok: true; message: string } | { ok: false; error: GatewayError };

/**
 * Does the gateway answer, and does it accept the secret? Asks for an API id that cannot exist: Tyk's
 * 404 "API not found" proves both without listing every API.
 */
export async function testConnection(options: CallOptions = {}): Promise<ConnectionCheck> {
  const connection = options.connection ?? getConnection();
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
