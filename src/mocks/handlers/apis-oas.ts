import { HttpResponse, http } from 'msw';
import type { JsonObject } from '../../domain/json';
import { generateApiId, oasApiId, setOasApiId, tykExtension, withGatewayServer } from '../definitions';
import { getServed, listServed } from '../store';
import { deleteApi, readBody, readUpdate, storeAndAnswer } from './api-writes';
import { MESSAGES, controlApi, param, tykError } from './tyk-responses';

const LIST = '*/tyk/apis/oas';
const ONE = '*/tyk/apis/oas/:apiId';

/** `?mode=public` leaves out x-tyk-api-gateway (gateway/api.go handleGetAPIListOAS). */
function view(doc: JsonObject, request: Request): JsonObject {
  if (new URL(request.url).searchParams.get('mode') !== 'public') return doc;
  const copy = { ...doc };
  delete copy['x-tyk-api-gateway'];
  return copy;
}

/** PUT, and PATCH with a full document: gateway/api.go handleUpdateApi with oasEndpoint. */
function update(id: string, body: JsonObject, previous: JsonObject): Response {
  if (oasApiId(body) !== id) return tykError(400, MESSAGES.idMismatch);
  return storeAndAnswer({ id, format: 'oas', doc: withGatewayServer(body, previous) }, 'modified');
}

/** Tyk OAS endpoints: /tyk/apis/oas and /tyk/apis/oas/{apiID}. */
export const oasApiHandlers = [
  http.get(
    LIST,
    controlApi(({ request }) =>
      HttpResponse.json(
        listServed()
          .filter((api) => api.format === 'oas')
          .map((api) => view(api.doc, request)),
      ),
    ),
  ),

  http.post(
    LIST,
    controlApi(async ({ request }) => {
      const body = await readBody(request);
      if (body instanceof Response) return body;
      if (!tykExtension(body)) return tykError(400, MESSAGES.needsExtension);
      const given = oasApiId(body);
      const id = given !== '' ? given : generateApiId();
      setOasApiId(body, id);
      return storeAndAnswer({ id, format: 'oas', doc: withGatewayServer(body) }, 'added');
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
    controlApi(async ({ request, params }) => {
      const target = await readUpdate(request, params, 'oas', MESSAGES.oasNotClassic);
      if (target instanceof Response) return target;
      return update(target.id, target.body, target.api.doc);
    }),
  ),

  http.patch(
    ONE,
    controlApi(async ({ request, params }) => {
      const target = await readUpdate(request, params, 'oas', MESSAGES.oasNotClassic);
      if (target instanceof Response) return target;
      const { id, api, body } = target;
      // Without x-tyk-api-gateway the gateway keeps the stored extension and replaces the OpenAPI part.
      const ext = tykExtension(body) ?? tykExtension(api.doc);
      return update(id, ext ? { ...body, 'x-tyk-api-gateway': ext } : body, api.doc);
    }),
  ),

  http.delete(
    ONE,
    controlApi(({ params }) => deleteApi(params)),
  ),
];
