import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createApi,
  debugRequest,
  deleteApi,
  getApi,
  listApis,
  reloadGateway,
  testConnection,
  updateApi,
} from '../gateway/client';
import type { JsonObject } from '../domain/json';
import { server } from './node';
import { resetStore, seedBulk } from './store';
import { ensureApiId } from '../gateway/create';
import { getOasSchema } from '../gateway/oas-schema';
import type { ContractIssue } from './testing/openapi-contract';
import { OpenApiContract } from './testing/openapi-contract';
import { tyk } from './testing/tyk-request';

const shared = path.resolve(process.cwd(), '../shared/tyk');
const swagger = path.join(shared, 'gateway-api/swagger.yml');
const present = fs.existsSync(swagger);
if (!present) {
  console.warn(`[contract.test] ${swagger} is absent: the embedded gateway and the client are not checked against Tyk's description.`);
}

interface Exchange {
  method: string;
  pathname: string;
  requestBody?: unknown;
  status: number;
  responseBody?: unknown;
}

function parseMaybe(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Every request sent and every answer the embedded gateway gave, while `run` runs. */
async function record(run: () => Promise<void>): Promise<Exchange[]> {
  const requests = new Map<string, Promise<string>>();
  const pending: Promise<Exchange | undefined>[] = [];
  const onRequest = ({ request, requestId }: { request: Request; requestId: string }) => {
    requests.set(requestId, request.clone().text());
  };
  const onResponse = ({ request, requestId, response }: { request: Request; requestId: string; response: Response }) => {
    if (response.type === 'error') return;
    pending.push(
      (async () => ({
        method: request.method,
        pathname: new URL(request.url).pathname,
        requestBody: parseMaybe((await requests.get(requestId)) ?? ''),
        status: response.status,
        responseBody: parseMaybe(await response.clone().text()),
      }))(),
    );
  };
  server.events.on('request:start', onRequest);
  server.events.on('response:mocked', onResponse);
  try {
    await run();
  } finally {
    server.events.removeListener('request:start', onRequest);
    server.events.removeListener('response:mocked', onResponse);
  }
  return (await Promise.all(pending)).filter((e): e is Exchange => e !== undefined);
}

describe.skipIf(!present)("the client and the embedded gateway keep to Tyk's gateway-api/swagger.yml", () => {
  let contract: OpenApiContract;
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
    contract = new OpenApiContract(swagger, {
      'https://raw.githubusercontent.com/TykTechnologies/tyk/refs/heads/master/apidef/oas/schema/3.0.json': path.join(shared, 'schema/openapi-3.0.json'),
    });
  });
  afterAll(() => {
    server.close();
    resetStore();
  });

  function expectClean(exchanges: Exchange[]): ContractIssue[] {
    const issues = exchanges.flatMap((exchange) => contract.checkExchange(exchange));
    expect(issues).toEqual([]);
    return issues;
  }

  it('the checker itself catches a wrong answer and an unknown operation', () => {
    expect(contract.checkExchange({ method: 'GET', pathname: '/tyk/apis', status: 200, responseBody: { not: 'a list' } })).not.toEqual([]);
    expect(contract.checkExchange({ method: 'GET', pathname: '/tyk/reload', status: 418 })).not.toEqual([]);
    expect(contract.checkExchange({ method: 'POST', pathname: '/tyk/nothing-here', status: 200 })).not.toEqual([]);
    expect(contract.checkExchange({ method: 'DELETE', pathname: '/tyk/apis/x', status: 200, responseBody: { key: 1 } })).not.toEqual([]);
    expect(contract.checkExchange({ method: 'GET', pathname: '/tyk/schema', status: 200, responseBody: { status: 1, message: '' } })).not.toEqual([]);
    expect(contract.checkExchange({ method: 'GET', pathname: '/tyk/schema', status: 400 })).not.toEqual([]);
    // An OAS document without `paths` is refused: the OpenAPI schema behind the external $ref is in use.
    const created = { key: 'k', status: 'ok', action: 'added' };
    const noPaths = { openapi: '3.0.3', info: { title: 't', version: '1' }, 'x-tyk-api-gateway': {} };
    expect(contract.checkExchange({ method: 'POST', pathname: '/tyk/apis/oas', requestBody: noPaths, status: 200, responseBody: created })).not.toEqual([]);
    expect(contract.checkExchange({ method: 'POST', pathname: '/tyk/apis/oas', requestBody: { ...noPaths, paths: {} }, status: 200, responseBody: created })).toEqual([]);
  });

  it('every call the client makes, happy paths', async () => {
    resetStore();
    const exchanges = await record(async () => {
      const apis = await listApis();
      const classic = apis.find((api) => api.format === 'classic');
      const oas = apis.find((api) => api.format === 'oas');
      if (!classic || !oas) throw new Error('the seed lacks a format');
      const c = await getApi(classic.id, 'classic');
      const o = await getApi(oas.id, 'oas');
      await updateApi(c.id, 'classic', { ...c.doc, name: 'Renamed' });
      await updateApi(o.id, 'oas', o.doc);
      const newClassic = await createApi('classic', { ...c.doc, api_id: 'contract-classic', name: 'Contract' });
      const newOasDoc = structuredClone(o.doc) as JsonObject & { 'x-tyk-api-gateway': { info: JsonObject } };
      newOasDoc['x-tyk-api-gateway'].info.id = 'contract-oas';
      const newOas = await createApi('oas', newOasDoc);
      // Written APIs are served (and deletable) after a hot reload.
      await reloadGateway({ group: false });
      await deleteApi(newClassic.key, 'classic');
      await deleteApi(newOas.key, 'oas');
      await reloadGateway({ group: false });
      await reloadGateway({ group: true });
      // Paths are under the listen path: the gateway joins them onto it.
      await debugRequest({ format: 'classic', doc: c.doc, request: { method: 'GET', path: '/x', headers: { Authorization: ['t'] } } });
      await debugRequest({ format: 'oas', doc: o.doc, request: { method: 'GET', path: '/orders' } });
      await testConnection();
      await getOasSchema('3.0.3');
    });
    expect(exchanges.length).toBeGreaterThanOrEqual(18);
    const seen = new Set(exchanges.map((e) => contract.find(e.method, e.pathname)?.spec.operationId));
    for (const op of ['listApis', 'getApi', 'updateApi', 'createApi', 'deleteApi', 'listApisOAS', 'getOASApi', 'updateApiOAS', 'createApiOAS', 'deleteOASApi', 'hotReload', 'hotReloadGroup', 'debugApiDefinition', 'getSchema']) {
      expect(seen.has(op), op).toBe(true);
    }
    expectClean(exchanges);
  });

  it('the generated APIs of a large gateway, and the push flow (re-read, PUT with a base, create from a draft)', async () => {
    resetStore();
    seedBulk(30);
    const exchanges = await record(async () => {
      const apis = await listApis();
      const bulkClassic = apis.find((api) => api.id.startsWith('bulk-') && api.format === 'classic');
      const bulkOas = apis.find((api) => api.id.startsWith('bulk-') && api.format === 'oas');
      if (!bulkClassic || !bulkOas) throw new Error('no generated APIs of both formats');
      const c = await getApi(bulkClassic.id, 'classic');
      const o = await getApi(bulkOas.id, 'oas');
      await updateApi(c.id, 'classic', { ...c.doc, name: 'Pushed' }, { base: c.doc });
      await updateApi(o.id, 'oas', o.doc, { base: o.doc });
      // A draft of an API the gateway lacks: the id is fixed first, then a POST that is safe to repeat.
      const { api_id: _dropped, ...withoutId } = c.doc;
      const proxy = { ...(withoutId.proxy as JsonObject), listen_path: '/from-a-draft/' };
      const draft = ensureApiId('classic', { ...withoutId, name: 'From a draft', proxy });
      await createApi('classic', draft);
      // A retry before the reload cannot see the first copy; it writes the same id, so one API results.
      await createApi('classic', draft);
      await reloadGateway({ group: false });
      const id = draft.api_id as string;
      expect((await listApis()).filter((api) => api.id === id)).toHaveLength(1);
      await createApi('classic', draft);
    });
    // The third create finds the served copy and writes nothing.
    expect(exchanges.filter((e) => e.method === 'POST')).toHaveLength(2);
    expectClean(exchanges);
  });

  it("the embedded gateway's error answers", async () => {
    resetStore();
    const exchanges = await record(async () => {
      await tyk('GET', '/tyk/apis', { secret: null });
      await tyk('GET', '/tyk/apis/oas', { secret: 'wrong' });
      await tyk('POST', '/tyk/apis', { secret: null, body: {} });
      await tyk('GET', '/tyk/reload', { secret: null });
      await tyk('GET', '/tyk/reload/group', { secret: null });
      await tyk('POST', '/tyk/debug', { secret: null, body: { request: {}, spec: {} } });
      await tyk('GET', '/tyk/apis/missing');
      await tyk('PUT', '/tyk/apis/missing', { body: { api_id: 'missing' } });
      await tyk('DELETE', '/tyk/apis/missing');
      await tyk('GET', '/tyk/apis/oas/missing');
      await tyk('DELETE', '/tyk/apis/oas/missing');
      await tyk('PUT', '/tyk/apis/oas/missing', { body: { openapi: '3.0.3' } });
      await tyk('GET', '/tyk/apis/oas/payments');
      await tyk('PUT', '/tyk/apis/payments', { body: { api_id: 'other', name: 'x', proxy: { target_url: 'http://x' } } });
      await tyk('POST', '/tyk/apis/oas', { body: { openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {} } });
      await tyk('GET', '/tyk/schema?oasVersion=3.0.3', { secret: null });
      await tyk('GET', '/tyk/schema?oasVersion=4');
      await tyk('GET', '/tyk/schema?oasVersion=not-a-version');
    });
    expect(exchanges).toHaveLength(18);
    expect(exchanges.every((e) => e.status >= 400)).toBe(true);
    // Error bodies are checked; request bodies of deliberately bad calls are not the client's.
    expectClean(exchanges.map((e) => ({ ...e, requestBody: e.status >= 400 && e.status !== 403 ? undefined : e.requestBody })));
  });
});
