import { HttpResponse, http } from 'msw';
import type { JsonObject } from '../../domain/json';
import { generateApiId, oasApiId, setOasApiId, tykExtension, withGatewayServer } from '../definitions';
import { getServed, listServed } from '../store';
import { checkOasWrite } from '../validation/oas-write';
import { checkedId, deleteApi, readBody, storeAndAnswer, updateTarget } from './api-writes';
import { MESSAGES, controlApi, param, tykError, writeApi } from './tyk-responses';
import { checkVersionParams, linkNewVersion, readVersionParams } from './versions';

const LIST = '*/tyk/apis/oas';
const ONE = '*/tyk/apis/oas/:apiId';

/** What validateOAS answers for a body that is not an OpenAPI document at all (gateway/api.go ErrRequestMalformed). */
const OAS_MALFORMED = 'request malformed';

/** `?mode=public` leaves out x-tyk-api-gateway (gateway/api.go handleGetAPIListOAS). */
function view(doc: JsonObject, request: Request): JsonObject {
  if (new URL(request.url).searchParams.get('mode') !== 'public') return doc;
  const copy = { ...doc };
  delete copy['x-tyk-api-gateway'];
  return copy;
}

/** The body of an OAS write after gateway/api.go validateOAS: the document, or its 400. */
async function validatedBody(request: Request): Promise<JsonObject | Response> {
  const body = await readBody(request, OAS_MALFORMED);
  if (body instanceof Response) return body;
  const refusal = await checkOasWrite(body, request.method);
  return refusal ? tykError(400, refusal.message) : body;
}

/** PUT, and PATCH with a full document: gateway/api.go handleUpdateApi with oasEndpoint. */
function update(id: string, body: JsonObject, previous: JsonObject): Response {
  if (oasApiId(body) !== id) return tykError(400, MESSAGES.idMismatch);
  return storeAndAnswer({ id, format: 'oas', doc: withGatewayServer(body, previous) }, 'modified');
}

/** Tyk OAS endpoints: /tyk/apis/oas and /tyk/apis/oas/{apiID}; MCP proxies are never listed here. */
export const oasApiHandlers = [
  http.get(
    LIST,
    controlApi(({ request }) =>
      HttpResponse.json(
        listServed()
          .filter((api) => api.format === 'oas' && api.kind !== 'mcp')
          .map((api) => view(api.doc, request)),
      ),
    ),
  ),

  http.post(
    LIST,
    writeApi(async ({ request }) => {
      const body = await validatedBody(request);
      if (body instanceof Response) return body;
      const version = readVersionParams(request);
      const refused = checkVersionParams(version);
      if (refused) return refused;
      const id = checkedId(oasApiId(body) || generateApiId());
      if (id instanceof Response) return id;
      setOasApiId(body, id);
      const answer = storeAndAnswer({ id, format: 'oas', doc: withGatewayServer(body) }, 'added');
      linkNewVersion(version, id);
      return answer;
    }),
  ),

  http.get(
    ONE,
    controlApi(({ request, params }) => {
      const api = getServed(param(params, 'apiId'));
      if (!api) return tykError(404, MESSAGES.notFound);
      if (api.format !== 'oas') return tykError(400, MESSAGES.oasGetForClassic);
      return HttpResponse.json(view(api.doc, request));
    }),
  ),

  http.put(
    ONE,
    writeApi(async ({ request, params }) => {
      // The document is validated before the API is looked up (validateOAS wraps the handler).
      const body = await validatedBody(request);
      if (body instanceof Response) return body;
      const target = updateTarget(params, 'oas', MESSAGES.oasNotClassic);
      if (target instanceof Response) return target;
      return update(target.id, body, target.api.doc);
    }),
  ),

  http.patch(
    ONE,
    writeApi(async ({ request, params }) => {
      const body = await validatedBody(request);
      if (body instanceof Response) return body;
      const target = updateTarget(params, 'oas', MESSAGES.oasNotClassic);
      if (target instanceof Response) return target;
      // Without x-tyk-api-gateway the gateway keeps the served extension and replaces the OpenAPI part.
      const ext = tykExtension(body) ?? tykExtension(target.api.doc);
      return update(target.id, ext ? { ...body, 'x-tyk-api-gateway': ext } : body, target.api.doc);
    }),
  ),

  http.delete(
    ONE,
    writeApi(({ params }) => deleteApi(params)),
  ),
];
