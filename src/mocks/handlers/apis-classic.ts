import { HttpResponse, http } from 'msw';
import { isJsonObject } from '../../domain/json';
import { classicViewOfOas, generateApiId } from '../definitions';
import { deleteStored, getServed, getStored, listServed, putStored } from '../store';
import { MESSAGES, controlApi, param, readJson, tykError, tykModified } from './tyk-responses';

// `*` before /tyk lets a same-origin base path (`__GATEWAY_BASE__`) reach the same handlers.
const LIST = '*/tyk/apis';
const ONE = '*/tyk/apis/:apiId';

/** Tyk Classic endpoints: /tyk/apis and /tyk/apis/{apiID} (gateway/api.go apiHandler). */
export const classicApiHandlers = [
  http.get(
    LIST,
    controlApi(() =>
      // The gateway lists every loaded API here, OAS ones as their Classic copy with is_oas: true.
      HttpResponse.json(listServed().map((api) => (api.format === 'oas' ? classicViewOfOas(api.id, api.doc) : api.doc))),
    ),
  ),

  http.post(
    LIST,
    controlApi(async ({ request }) => {
      const body = await readJson(request);
      if (!isJsonObject(body)) return tykError(400, MESSAGES.malformed);
      const given = typeof body.api_id === 'string' ? body.api_id : '';
      const id = given !== '' ? given : generateApiId();
      body.api_id = id;
      // Like the gateway, a POST with an existing api_id replaces that API's file: the client guards this.
      putStored({ id, format: 'classic', doc: body });
      return tykModified(id, 'added');
    }),
  ),

  http.get(
    ONE,
    controlApi(({ params }) => {
      const id = param(params, 'apiId');
      const api = getServed(id);
      if (!api) return tykError(404, MESSAGES.notFound);
      return HttpResponse.json(api.format === 'oas' ? classicViewOfOas(api.id, api.doc) : api.doc);
    }),
  ),

  http.put(
    ONE,
    controlApi(async ({ request, params }) => {
      const id = param(params, 'apiId');
      const api = getServed(id);
      if (!api) return tykError(404, MESSAGES.notFound);
      if (api.format === 'oas') return tykError(400, MESSAGES.classicExpected);
      const body = await readJson(request);
      if (!isJsonObject(body)) return tykError(400, MESSAGES.malformed);
      if (body.api_id !== id) return tykError(400, MESSAGES.idMismatch);
      putStored({ id, format: 'classic', doc: body });
      return tykModified(id, 'modified');
    }),
  ),

  http.delete(
    ONE,
    controlApi(({ params }) => {
      const id = param(params, 'apiId');
      if (!getServed(id)) return tykError(404, MESSAGES.notFound);
      // Served but its file already gone (deleted, not yet reloaded): the gateway's answer.
      if (!getStored(id) || !deleteStored(id)) return tykError(500, MESSAGES.deleteFailed);
      return tykModified(id, 'deleted');
    }),
  ),
];
