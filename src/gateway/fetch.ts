import type { Connection } from './connection';
import { EMBEDDED_GATEWAY_SECRET } from './connection';
import { getConnection } from './current-gateway';
import type { GatewayErrorKind } from './errors';
import { GatewayError, adviceFor, adviceForMessage, kindForStatus } from './errors';
import { isJsonObject } from '../domain/json';

export const DEFAULT_TIMEOUT_MS = 10_000;

/** Sent with every call: the app's server forwards only calls that carry it (a form on another site cannot). */
export const APP_REQUEST_HEADER = 'X-Plugin-Studio-Request';
/** Set by the app's server on answers it made itself instead of the gateway (see server/gateway-proxy.mjs). */
const PROXY_HEADER = 'x-plugin-studio-proxy';

export interface GatewayRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** JSON body; sent as is. */
  body?: unknown;
  signal?: AbortSignal;
  /** Default 10 s. */
  timeoutMs?: number;
  /** Defaults to getConnection(); tests pass their own. */
  connection?: Connection;
}

export interface GatewayAnswer {
  status: number;
  /** The parsed JSON, unchecked. */
  json: unknown;
}

function where(connection: Connection): string {
  return connection.mode === 'proxy' ? connection.label : 'the embedded gateway';
}

function fail(connection: Connection, kind: GatewayErrorKind, message: string, status?: number, cause?: unknown): GatewayError {
  return new GatewayError({
    kind,
    message,
    advice: adviceForMessage(message) ?? adviceFor(kind, where(connection), connection.mode, connection.configuredBy === 'file' ? connection.name : undefined),
    ...(status === undefined ? {} : { status }),
    ...(cause === undefined ? {} : { cause }),
  });
}

/** Tyk's own message from an error answer: `{"message": ...}`, or `{"error": ...}` as /tyk/plugins/test words it. */
function tykMessage(json: unknown): string | undefined {
  if (isJsonObject(json) && typeof json.message === 'string' && json.message !== '') return json.message;
  if (isJsonObject(json) && typeof json.error === 'string' && json.error !== '') return json.error;
  return undefined;
}

/**
 * One call to the control API at `<base>/tyk/...`: a timeout, cancellation through `signal`, the
 * embedded gateway's demo secret in embedded mode (the app's server adds the real one in proxy mode), and
 * every failure turned into a GatewayError. Never retries: the caller decides.
 */
export async function gatewayFetch(path: string, request: GatewayRequest = {}): Promise<GatewayAnswer> {
  const connection = request.connection ?? getConnection();
  const method = request.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', [APP_REQUEST_HEADER]: '1' };
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  if (connection.mode === 'embedded') headers['x-tyk-authorization'] = EMBEDDED_GATEWAY_SECRET;

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, request.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const onAbort = () => controller.abort();
  if (request.signal?.aborted) controller.abort();
  request.signal?.addEventListener('abort', onAbort, { once: true });

  const label = `${method} ${path}`;
  try {
    let response: Response;
    try {
      response = await fetch(`${connection.baseUrl}${path}`, {
        method,
        headers,
        signal: controller.signal,
        ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
      });
    } catch (error) {
      if (timedOut) throw fail(connection, 'timeout', `No answer to ${label} within ${(request.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000} s.`, undefined, error);
      if (controller.signal.aborted) throw fail(connection, 'cancelled', `${label} was cancelled.`, undefined, error);
      throw fail(connection, 'network', `Could not reach the gateway for ${label}.`, undefined, error);
    }

    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (timedOut) throw fail(connection, 'timeout', `The answer to ${label} did not finish in time.`, response.status, error);
      if (controller.signal.aborted) throw fail(connection, 'cancelled', `${label} was cancelled.`, response.status, error);
      throw fail(connection, 'network', `The answer to ${label} broke off.`, response.status, error);
    }

    let json: unknown;
    let parsed = false;
    try {
      json = JSON.parse(text);
      parsed = true;
    } catch {
      json = undefined;
    }

    const proxyFailure = proxyFailureOf(connection, response, json, label);
    if (proxyFailure) throw proxyFailure;
    if (!response.ok && !parsed && isWebPage(response, text)) {
      // A web server's error page (a wrong TYK_GATEWAY_URL), not Tyk: its 404 does not mean "deleted".
      throw fail(connection, 'not-json', `A web page answered ${label} with HTTP ${response.status}, not the gateway's control API.`, response.status);
    }
    if (!response.ok) {
      const message = tykMessage(json) ?? `The gateway answered ${label} with HTTP ${response.status}.`;
      throw fail(connection, kindForStatus(response.status), message, response.status);
    }
    if (!parsed) {
      throw fail(connection, 'not-json', `The answer to ${label} is not JSON.`, response.status);
    }
    return { status: response.status, json };
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener('abort', onAbort);
  }
}

function isWebPage(response: Response, text: string): boolean {
  return /html/i.test(response.headers.get('content-type') ?? '') || /^\s*</.test(text);
}

/**
 * The app's server answered instead of the gateway: it could not reach it, the connection broke, it timed
 * out, or it refused a call that did not come from the app. Undefined for the gateway's own answers.
 */
function proxyFailureOf(connection: Connection, response: Response, json: unknown, label: string): GatewayError | undefined {
  const mark = response.headers.get(PROXY_HEADER);
  if (mark === null) return undefined;
  const said = tykMessage(json);
  switch (mark) {
    case 'timeout':
      return fail(connection, 'timeout', said ?? `The gateway did not answer ${label} in time.`, response.status);
    case 'refused':
      return fail(connection, 'refused', said ?? `The app's server refused to pass ${label} on.`, response.status);
    default:
      return fail(connection, 'network', said ?? `Could not reach the gateway for ${label}.`, response.status);
  }
}

/** An answer that parsed as JSON but is not the shape Tyk sends. */
export function unexpectedShape(path: string, detail: string, connection: Connection = getConnection()): GatewayError {
  return new GatewayError({
    kind: 'server',
    message: `The answer to ${path} does not look like Tyk's: ${detail}`,
    advice:
      connection.mode === 'proxy'
        ? `Check that ${connection.label} is a Tyk Gateway's control API (not the dashboard), then try again.`
        : 'Reset the demo gateway and try again.',
  });
}
