import { HttpResponse, http } from 'msw';
import { isJsonObject } from '../../domain/json';
import { traceRequest } from './debug-trace';
import { MESSAGES, controlApi, readJson, tykError } from './tyk-responses';

/** POST /tyk/debug: a TraceRequest {request, spec | oas} in, a TraceResponse {message, response, logs} out. */
export const debugHandlers = [
  http.post(
    '*/tyk/debug',
    controlApi(async ({ request }) => {
      const body = await readJson(request);
      if (!isJsonObject(body)) return tykError(400, MESSAGES.malformed);
      const req = isJsonObject(body.request) ? body.request : {};
      const spec = isJsonObject(body.spec) ? body.spec : undefined;
      const oas = isJsonObject(body.oas) ? body.oas : undefined;
      if (!spec && !oas) return tykError(400, 'Spec field is missing');
      const headers: Record<string, string> = {};
      if (isJsonObject(req.headers)) {
        for (const [name, value] of Object.entries(req.headers)) {
          if (typeof value === 'string') headers[name] = value;
          else if (Array.isArray(value)) headers[name] = value.filter((v) => typeof v === 'string').join(', ');
        }
      }
      const trace = traceRequest({
        method: typeof req.method === 'string' && req.method !== '' ? req.method : 'GET',
        path: typeof req.path === 'string' && req.path !== '' ? req.path : '/',
        headers,
        body: typeof req.body === 'string' ? req.body : '',
        ...(spec ? { spec } : {}),
        ...(oas ? { oas } : {}),
      });
      return HttpResponse.json(trace);
    }),
  ),
];
