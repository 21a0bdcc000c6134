import { HttpResponse, http } from 'msw';
import { generateApiId, oasApiId, setOasApiId, withGatewayServer } from '../definitions';
import type { StoredApi } from '../store';
import { getServed, getStored, listServed } from '../store';
import { checkOasWrite } from '../validation/oas-write';
import { checkedId, deleteApi, readBody, storeAndAnswer } from './api-writes';
import { MESSAGES, controlApi, param, tykError } from './tyk-responses';
import { checkVersionParams, linkNewVersion, readVersionParams } from './versions';

const LIST = '*/tyk/mcps';
const ONE = '*/tyk/mcps/:apiId';

/** handleGetOASByID's type check: an API that is not an MCP proxy is a 404 here (gateway/api_helpers.go). */
const NOT_MCP = 'API is not an MCP Proxy';

const isMcp = (api: StoredApi | undefined) => api?.kind === 'mcp';

/** The body of an MCP write after gateway/mcp_api.go validateMCP: the OAS document, or its 400. */
async function validatedBody(request: Request) {
  const body = await readBody(request, 'request malformed');
  if (body instanceof Response) return body;
  const refusal = await checkOasWrite(body, request.method);
  return refusal ? tykError(400, refusal.message) : body;
}

/**
 * MCP proxies (gateway/mcp_api.go): Tyk OAS APIs marked `application_protocol: mcp`, created and changed
 * only here, and left out of /tyk/apis (unless `include_types=mcp`) and /tyk/apis/oas. Writes wait for a
 * hot reload like any other. Not blocked on a Dashboard-managed gateway (server.go registers them bare).
 */
export const mcpHandlers = [
  http.get(
    LIST,
    controlApi(() => HttpResponse.json(listServed().filter(isMcp).map((api) => api.doc))),
  ),

  http.post(
    LIST,
    controlApi(async ({ request }) => {
      const version = readVersionParams(request);
      const refused = checkVersionParams(version);
      if (refused) return refused;
      const body = await validatedBody(request);
      if (body instanceof Response) return body;
      const id = checkedId(oasApiId(body) || generateApiId());
      if (id instanceof Response) return id;
      setOasApiId(body, id);
      const answer = storeAndAnswer({ id, format: 'oas', kind: 'mcp', doc: withGatewayServer(body) }, 'added');
      linkNewVersion(version, id);
      return answer;
    }),
  ),

  http.get(
    ONE,
    controlApi(({ params }) => {
      const id = checkedId(param(params, 'apiId'));
      if (id instanceof Response) return id;
      const api = getServed(id);
      if (!api) return tykError(404, MESSAGES.notFound);
      if (!isMcp(api)) return tykError(404, NOT_MCP);
      return HttpResponse.json(api.doc);
    }),
  ),

  http.put(
    ONE,
    controlApi(async ({ request, params }) => {
      const body = await validatedBody(request);
      if (body instanceof Response) return body;
      const id = checkedId(param(params, 'apiId'));
      if (id instanceof Response) return id;
      const api = getServed(id);
      if (!api) return tykError(404, MESSAGES.notFound);
      if (!isMcp(api)) return tykError(404, NOT_MCP);
      if (oasApiId(body) !== id) return tykError(400, MESSAGES.idMismatch);
      return storeAndAnswer({ id, format: 'oas', kind: 'mcp', doc: withGatewayServer(body, api.doc) }, 'modified');
    }),
  ),

  http.delete(
    ONE,
    controlApi(({ params }) => {
      const id = param(params, 'apiId');
      const api = getServed(id);
      if (api && !isMcp(api)) return tykError(404, NOT_MCP);
      if (api && !getStored(id)) return tykError(500, MESSAGES.deleteFailed);
      return deleteApi(params);
    }),
  ),
];
