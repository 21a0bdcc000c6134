import { describe, expect, it } from 'vitest';
import { reloadCounts } from '../store';
import { installEmbeddedGateway } from '../testing/embedded-gateway-for-tests';
import { tyk } from '../testing/tyk-request';

installEmbeddedGateway();

describe('embedded gateway: reload and debug', () => {
  it('hot reloads a node (blocking or not) and a group', async () => {
    for (const path of ['/tyk/reload', '/tyk/reload?block=true', '/tyk/reload/group']) {
      expect(await tyk('GET', path)).toMatchObject({ status: 200, json: { status: 'ok', message: '' } });
    }
    expect(reloadCounts()).toEqual({ node: 2, group: 1 });
  });

  it('traces a request through a Classic definition, naming its plugins', async () => {
    const { json: spec } = await tyk('GET', '/tyk/apis/payments');
    const { status, json } = await tyk('POST', '/tyk/debug', {
      body: { request: { method: 'POST', path: '/refunds/7', headers: { Authorization: ['sig'] } }, spec },
    });
    expect(status).toBe(200);
    const trace = json as { message: string; response: string; logs: string };
    expect(trace.message).toBe('ok');
    expect(trace.response).toContain('====== Request ======');
    // The path is joined onto the listen path, as gateway/tracing.go toRequest does (url.JoinPath).
    expect(trace.response).toContain('POST /payments/refunds/7 HTTP/1.1');
    expect(trace.response).toContain('====== Response ======');
    for (const fn of ['AddCorrelationID', 'VerifyMerchantSignature', 'EnforceMerchantScope', 'MaskCardNumbers', 'StripInternalHeaders']) {
      expect(trace.logs).toContain(fn);
    }
    expect(trace.logs.indexOf('AddCorrelationID')).toBeLessThan(trace.logs.indexOf('MaskCardNumbers'));
    // The per-endpoint Go plugin on POST /refunds/{id} runs, after auth and before the post hooks; the
    // disabled one on /charges does not.
    expect(trace.logs).toContain('CheckRefundLimit');
    expect(trace.logs.indexOf('EnforceMerchantScope')).toBeLessThan(trace.logs.indexOf('CheckRefundLimit'));
    expect(trace.logs.indexOf('CheckRefundLimit')).toBeLessThan(trace.logs.indexOf('MaskCardNumbers'));
    expect(trace.logs).not.toContain('TagChargeCurrency');
    expect(trace.logs).toContain('"mw":"GoPluginMiddleware"');
    for (const line of trace.logs.split('\n')) expect(() => JSON.parse(line) as unknown).not.toThrow();
  });

  it('meets a virtual endpoint only on its own path', async () => {
    const { json: spec } = await tyk('GET', '/tyk/apis/legacy-inventory');
    const headers = { 'X-Inventory-Key': ['k'] };
    const hit = (await tyk('POST', '/tyk/debug', { body: { request: { method: 'GET', path: '/stock/summary', headers }, spec } })).json as { logs: string };
    expect(hit.logs).toContain('stockSummary');
    expect(hit.logs).toContain('DynamicMiddleware');
    const miss = (await tyk('POST', '/tyk/debug', { body: { request: { method: 'GET', path: '/items', headers }, spec } })).json as { logs: string };
    expect(miss.logs).not.toContain('stockSummary');
  });

  it('traces an OAS definition, older singular plugin shape included', async () => {
    const { json: oas } = await tyk('GET', '/tyk/apis/oas/shipping-quotes');
    const trace = (await tyk('POST', '/tyk/debug', { body: { request: { method: 'GET', path: '/carriers', headers: { 'X-Api-Key': ['k'] } }, oas } })).json as { logs: string };
    expect(trace.logs).toContain('convertWeightUnits');
    expect(trace.logs).toContain('addCarrierHints');
    const refused = (await tyk('POST', '/tyk/debug', { body: { request: { method: 'GET', path: '/quotes' }, oas } })).json as { response: string; logs: string };
    expect(refused.response).toContain('HTTP/1.1 401');
    expect(refused.logs).not.toContain('addCarrierHints');
  });

  it('checks the definition before the request, and the request\'s shape (gateway/tracing.go traceHandler)', async () => {
    const { json: spec } = await tyk('GET', '/tyk/apis/public-catalogue');
    expect(await tyk('POST', '/tyk/debug', { body: { request: { method: 'GET', path: '/' } } })).toMatchObject({
      status: 400,
      json: { status: 'error', message: 'Spec field is missing' },
    });
    expect(await tyk('POST', '/tyk/debug', { body: { spec } })).toMatchObject({
      status: 400,
      json: { status: 'error', message: 'Request field is missing' },
    });
    // Headers are {name: [values]} (http.Header): a plain string fails Go's decode of the whole body.
    expect(await tyk('POST', '/tyk/debug', { body: { spec, request: { method: 'GET', path: '/', headers: { Accept: 'json' } } } })).toMatchObject({
      status: 400,
      json: { status: 'error', message: 'Request malformed' },
    });
    const trace = (await tyk('POST', '/tyk/debug', { body: { spec, request: { method: 'GET', path: 'items/../products/' } } })).json as { response: string };
    expect(trace.response).toContain('GET /catalogue/products/ HTTP/1.1');
  });
});
