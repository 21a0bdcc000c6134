import { HttpResponse, delay } from 'msw';
import type { JsonValue } from '../../domain/json';
import { EMBEDDED_GATEWAY_SECRET } from '../../gateway/connection';
import { takeFailure } from '../faults';
import type { FailNext } from '../store';
import { getFaults, onInstance, switchInstance } from '../store';
import { DEFAULT_INSTANCE, instanceOfUrl } from '../instances';

/** Tyk's error answer: `{"status":"error","message":...}` (gateway/api.go apiError). */
export function tykError(status: number, message: string): HttpResponse<JsonValue> {
  return HttpResponse.json({ status: 'error', message }, { status });
}

/** Tyk's answer to a write: `{"key","status":"ok","action"}` (gateway/api.go apiModifyKeySuccess). */
export function tykModified(key: string, action: 'added' | 'modified' | 'deleted'): HttpResponse<JsonValue> {
  return HttpResponse.json({ key, status: 'ok', action });
}

/** Tyk's plain OK: `{"status":"ok","message":""}` (gateway/api.go apiOk). */
export function tykOk(message = ''): HttpResponse<JsonValue> {
  return HttpResponse.json({ status: 'ok', message });
}

export const FORBIDDEN_MESSAGE = 'Attempted administrative access with invalid or missing key!';

/** Gateway messages, as gateway/api.go and apidef/api_definitions.go word them. */
export const MESSAGES = {
  notFound: 'API not found',
  malformed: 'Request malformed',
  idMismatch: 'Request APIID does not match that in Definition! For Update operations these must match.',
  classicExpected:
    'this API endpoint only supports Tyk Classic APIs; please use the appropriate Tyk OAS API endpoint',
  oasNotClassic: 'the supplied API definition is in OAS format, please use the Tyk classic format for this API',
  oasGetForClassic: 'the requested API definition is in Tyk classic format, please use old api endpoint',
  needsExtension: 'the payload should contain x-tyk-api-gateway',
  deleteFailed: 'Delete failed',
  invalidApiId: 'Invalid API ID',
  dashboardManaged: 'Due to enabled use_db_app_configs, please use the Dashboard API',
} as const;

export type Resolver = (info: { request: Request; params: Record<string, string | readonly string[] | undefined> }) =>
  | Response
  | Promise<Response>;

function failureResponse(failure: FailNext): Response {
  if (failure.status === 0) return HttpResponse.error();
  const body = failure.body ?? { status: 'error', message: `Injected failure (HTTP ${failure.status})` };
  return HttpResponse.json(body, { status: failure.status });
}

/**
 * Wrap a resolver the way every control API call is wrapped: injected faults first (latency, down, not
 * JSON, a planned failure), then the `x-tyk-authorization` check, then the resolver.
 */
export function controlApi(resolver: Resolver): Resolver {
  return async (info) => {
    const instance = instanceOfUrl(info.request.url);
    const faults = onInstance(instance, getFaults);
    if (faults.latencyMs && faults.latencyMs > 0) await delay(faults.latencyMs);
    const request = `${info.request.method} ${new URL(info.request.url).pathname}`;
    const slow = faults.slow?.find((entry) => request.includes(entry.match));
    if (slow) await delay(slow.ms);
    return oneAtATime(async () => {
      switchInstance(instance);
      try {
        return await answerOn(info, request, resolver);
      } finally {
        // Direct calls (tests, the demo's controls) work on the seeded instance, as they always did.
        switchInstance(DEFAULT_INSTANCE);
      }
    });
  };
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * The instances share one store module, so a request holds it from first read to last write: handlers await
 * only their own body, and another instance's request must not swap the store in between. The faults'
 * delays run before, so a slow request still lets others through.
 */
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

async function answerOn(info: Parameters<Resolver>[0], request: string, resolver: Resolver): Promise<Response> {
  const faults = getFaults();
  if (faults.down) return HttpResponse.error();
  if (faults.notJson) {
    // Something other than the gateway answered: a web page where the control API should be.
    return new HttpResponse('<!doctype html><html><body><h1>Welcome</h1></body></html>', {
      status: 200,
      headers: { 'Content-Type': 'text/html' },
    });
  }
  const failure = takeFailure(request);
  if (failure && !failure.afterHandling) return failureResponse(failure);
  if (info.request.headers.get('x-tyk-authorization') !== (faults.secret ?? EMBEDDED_GATEWAY_SECRET)) {
    return tykError(403, FORBIDDEN_MESSAGE);
  }
  if (failure) {
    await resolver(info);
    return failureResponse(failure);
  }
  return resolver(info);
}

/** Read a JSON body; undefined when it is not JSON (Tyk answers "Request malformed"). */
export async function readJson(request: Request): Promise<JsonValue | undefined> {
  try {
    return (await request.json()) as JsonValue;
  } catch {
    return undefined;
  }
}

export function param(params: Record<string, string | readonly string[] | undefined>, name: string): string {
  const value = params[name];
  return typeof value === 'string' ? value : '';
}

/**
 * A write route: like every control API call, then refused with 500 while the gateway is managed by a
 * Dashboard (`use_db_app_configs`; gateway/api.go blockInDashboardMode, which wraps the write routes only).
 */
export function writeApi(resolver: Resolver): Resolver {
  return controlApi((info) =>
    getFaults().dashboardManaged ? tykError(500, MESSAGES.dashboardManaged) : resolver(info),
  );
}
