import { HttpResponse, http } from 'msw';
import { isJsonObject } from '../../domain/json';
import { classicViewOfOas, generateApiId } from '../definitions';
import { getServed, listServed } from '../store';
import { classicValidationMessage } from '../validation/classic-rules';
import { decodesAsClassic } from '../validation/classic-decode';
import { checkedId, deleteApi, storeAndAnswer, updateTarget } from './api-writes';
import { MESSAGES, controlApi, param, readJson, tykError, writeApi, type Resolver } from './tyk-responses';
import { checkVersionParams, linkNewVersion, readVersionParams } from './versions';

// `*` before /tyk lets a same-origin base path (`__GATEWAY_BASE__`) reach the same handlers.
const LIST = '*/tyk/apis';
const ONE = '*/tyk/apis/:apiId';

/** MCP proxies are listed only with `?include_types=mcp` (gateway/api.go shouldIncludeAPI). */
function listed(request: Request) {
  const types = (new URL(request.url).searchParams.get('include_types') ?? '').split(',').map((type) => type.trim());
  return listServed().filter((api) => api.kind !== 'mcp' || types.includes('mcp'));
}

/**
 * POST /tyk/apis (and /tyk/apis/{id}, which ignores the id in the path): gateway/api.go handleAddApi.
 * Version parameters, the body's decode, the rule set, then the id; the new API is served after a reload.
 */
const createClassic: Resolver = async ({ request }) => {
  const version = readVersionParams(request);
  const refused = checkVersionParams(version);
  if (refused) return refused;
  const body = await readJson(request);
  if (!isJsonObject(body) || !decodesAsClassic(body)) return tykError(400, MESSAGES.malformed);
  const invalid = classicValidationMessage(body);
  if (invalid) return tykError(400, invalid);
  const id = checkedId(typeof body.api_id === 'string' && body.api_id !== '' ? body.api_id : generateApiId());
  if (id instanceof Response) return id;
  body.api_id = id;
  // Like the gateway, a POST with an existing api_id replaces that API's file: the client guards this.
  const answer = storeAndAnswer({ id, format: 'classic', doc: body }, 'added');
  linkNewVersion(version, id);
  return answer;
};

/** Tyk Classic endpoints: /tyk/apis and /tyk/apis/{apiID} (gateway/api.go apiHandler). */
export const classicApiHandlers = [
  http.get(
    LIST,
    controlApi(({ request }) =>
      // The gateway lists every loaded API here, OAS ones as their Classic copy with is_oas: true.
      HttpResponse.json(listed(request).map((api) => (api.format === 'oas' ? classicViewOfOas(api.id, api.doc, api.kind) : api.doc))),
    ),
  ),

  http.post(LIST, writeApi(createClassic)),
  http.post(ONE, writeApi(createClassic)),

  http.get(
    ONE,
    controlApi(({ params }) => {
      const id = param(params, 'apiId');
      const api = getServed(id);
      if (!api) return tykError(404, MESSAGES.notFound);
      return HttpResponse.json(api.format === 'oas' ? classicViewOfOas(api.id, api.doc, api.kind) : api.doc);
    }),
  ),

  http.put(
    ONE,
    writeApi(async ({ request, params }) => {
      const target = updateTarget(params, 'classic', MESSAGES.classicExpected);
      if (target instanceof Response) return target;
      const body = await readJson(request);
      if (!isJsonObject(body) || !decodesAsClassic(body)) return tykError(400, MESSAGES.malformed);
      if (body.api_id !== target.id) return tykError(400, MESSAGES.idMismatch);
      const invalid = classicValidationMessage(body);
      if (invalid) return tykError(400, invalid);
      return storeAndAnswer({ id: target.id, format: 'classic', doc: body }, 'modified');
    }),
  ),

  // Not blocked on a Dashboard-managed gateway: server.go registers the Classic DELETE without the guard.
  http.delete(
    ONE,
    controlApi(({ params }) => deleteApi(params)),
  ),
];
