import { HttpResponse, http } from 'msw';
import type { JsonObject } from '../../domain/json';
import { isJsonObject } from '../../domain/json';
import { generateApiId, oasApiId, setOasApiId, tykExtension, withGatewayServer } from '../definitions';
import { deleteStored, getServed, getStored, listServed, putStored } from '../store';
import { MESSAGES, controlApi, param, readJson, tykError, tykModified } from './tyk-responses';

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
  putStored({ id, format: 'oas', doc: withGatewayServer(body, previous) });
  return tykModified(id, 'modified');
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
      const body = await readJson(request);
      if (!isJsonObject(body)) return tykError(400, MESSAGES.malformed);
      if (!tykExtension(body)) return tykError(400, MESSAGES.needsExtension);
      const given = oasApiId(body);
      const id = given !== '' ? given : generateApiId();
      setOasApiId(body, id);
      putStored({ id, format: 'oas', doc: withGatewayServer(body) });
      return tykModified(id, 'added');
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
      const id = param(params, 'apiId');
      const api = getServed(id);
      if (!api) return tykError(404, MESSAGES.notFound);
      if (api.format !== 'oas') return tykError(400, MESSAGES.oasNotClassic);
      const body = await readJson(request);
      if (!isJsonObject(body)) return tykError(400, MESSAGES.malformed);
      return update(id, body, api.doc);
    }),
  ),

  http.patch(
    ONE,
    controlApi(async ({ request, params }) => {
      const id = param(params, 'apiId');
      const api = getServed(id);
      if (!api) return tykError(404, MESSAGES.notFound);
      if (api.format !== 'oas') return tykError(400, MESSAGES.oasNotClassic);
      const body = await readJson(request);
      if (!isJsonObject(body)) return tykError(400, MESSAGES.malformed);
      // Without x-tyk-api-gateway the gateway keeps the stored extension and replaces the OpenAPI part.
      const ext = tykExtension(body) ?? tykExtension(api.doc);
      return update(id, ext ? { ...body, 'x-tyk-api-gateway': ext } : body, api.doc);
    }),
  ),

  http.delete(
    ONE,
    controlApi(({ params }) => {
      const id = param(params, 'apiId');
      if (!getServed(id)) return tykError(404, MESSAGES.notFound);
      if (!getStored(id) || !deleteStored(id)) return tykError(500, MESSAGES.deleteFailed);
      return tykModified(id, 'deleted');
    }),
  ),
];
