import { HttpResponse, http } from 'msw';
import type { JsonObject, JsonValue } from '../../domain/json';
import { isJsonObject } from '../../domain/json';
import { traceRequest } from './debug-trace';
import { joinUrlPath } from '../../domain/chain/url-path';
import { MESSAGES, controlApi, readJson, tykError } from './tyk-responses';

/**
 * gateway/tracing.go traceRequest's `request`: {method, path, body, headers: {name: [values]}}. A field of
 * another JSON type fails Go's decode of the whole body (400 "Request malformed"); absent fields are empty.
 */
interface TraceHttpRequest {
  method: string;
  path: string;
  body: string;
  headers: Record<string, string[]>;
}

function decodeRequest(value: JsonValue): TraceHttpRequest | undefined {
  if (!isJsonObject(value)) return undefined;
  const text = (field: JsonValue | undefined) => (field === undefined || field === null ? '' : typeof field === 'string' ? field : undefined);
  const method = text(value.method);
  const path = text(value.path);
  const body = text(value.body);
  if (method === undefined || path === undefined || body === undefined) return undefined;
  const headers: Record<string, string[]> = {};
  if (value.headers !== undefined && value.headers !== null) {
    if (!isJsonObject(value.headers)) return undefined;
    for (const [name, values] of Object.entries(value.headers)) {
      if (values === null) continue;
      if (!Array.isArray(values) || !values.every((item) => typeof item === 'string')) return undefined;
      headers[name] = values as string[];
    }
  }
  return { method, path, body, headers };
}

/** Classic `proxy.listen_path`, or the OAS document's x-tyk-api-gateway `server.listenPath.value`. */
function listenPath(spec: JsonObject | undefined, oas: JsonObject | undefined): string {
  const obj = (value: JsonValue | undefined): JsonObject => (isJsonObject(value) ? value : {});
  const value = oas ? obj(obj(obj(oas['x-tyk-api-gateway']).server).listenPath).value : obj(spec?.proxy).listen_path;
  return typeof value === 'string' ? value : '';
}

/** The TraceResponse for a definition the loader skips: `message: "error"` and its log lines (tracing.go:216-228). */
function skippedSpec(path: string): JsonObject {
  const time = new Date().toISOString();
  const line = (level: string, msg: string) => JSON.stringify({ level, msg, time, type: 'request' });
  const reason = path === '' ? 'Listen path is empty' : 'Listen path contains spaces, is invalid';
  return { message: 'error', response: '', logs: `${line('error', reason)}\n${line('warning', 'Spec not valid, skipped!')}\n` };
}

/**
 * POST /tyk/debug (gateway/tracing.go traceHandler): a TraceRequest {request, spec | oas} in, a TraceResponse
 * {message, response, logs} out. The definition is checked before the request, and `request.path` is joined
 * onto the API's listen path (tracing.go toRequest, url.JoinPath).
 */
export const debugHandlers = [
  http.post(
    '*/tyk/debug',
    controlApi(async ({ request }) => {
      const body = await readJson(request);
      if (!isJsonObject(body)) return tykError(400, MESSAGES.malformed);
      const spec = isJsonObject(body.spec) ? body.spec : undefined;
      const oas = isJsonObject(body.oas) ? body.oas : undefined;
      const given = body.request;
      const req = given === undefined || given === null ? null : decodeRequest(given);
      const badDefinition = [body.spec, body.oas].some((value) => value !== undefined && value !== null && !isJsonObject(value));
      if (req === undefined || badDefinition) return tykError(400, MESSAGES.malformed);
      if (!spec && !oas) return tykError(400, 'Spec field is missing');
      if (!req) return tykError(400, 'Request field is missing');
      const path = listenPath(spec, oas);
      // processSpec skips a spec it will not route (api_loader.go:83-106): no handler, so the trace is a 400.
      if (path === '' || path.includes(' ')) return HttpResponse.json(skippedSpec(path), { status: 400 });
      const headers = Object.fromEntries(Object.entries(req.headers).map(([name, values]) => [name, values.join(', ')]));
      const trace = traceRequest({
        method: req.method === '' ? 'GET' : req.method,
        path: joinUrlPath(path, req.path),
        headers,
        body: req.body,
        ...(oas ? { oas } : spec ? { spec } : {}),
      });
      return HttpResponse.json(trace);
    }),
  ),
];
