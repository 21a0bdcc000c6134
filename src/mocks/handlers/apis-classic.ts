import { HttpResponse, http } from 'msw';
import { classicViewOfOas, generateApiId } from '../definitions';
import { getServed, listServed } from '../store';
import { deleteApi, readBody, readUpdate, storeAndAnswer } from './api-writes';
import { MESSAGES, controlApi, param, tykError } from './tyk-responses';

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
      const body = await readBody(request);
      if (body instanceof Response) return body;
      const given = typeof body.api_id === 'string' ? body.api_id : '';
      const id = given !== '' ? given : generateApiId();
      body.api_id = id;
      // Like the gateway, a POST with an existing api_id replaces that API's file: the client guards this.
      return storeAndAnswer({ id, format: 'classic', doc: body }, 'added');
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
      const target = await readUpdate(request, params, 'classic', MESSAGES.classicExpected);
      if (target instanceof Response) return target;
      const { id, body } = target;
      if (body.api_id !== id) return tykError(400, MESSAGES.idMismatch);
      return storeAndAnswer({ id, format: 'classic', doc: body }, 'modified');
    }),
  ),

  http.delete(
    ONE,
    controlApi(({ params }) => deleteApi(params)),
  ),
];
