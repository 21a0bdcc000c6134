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
      body: { request: { method: 'POST', path: '/payments/refunds/7', headers: { Authorization: ['sig'] } }, spec },
    });
    expect(status).toBe(200);
    const trace = json as { message: string; response: string; logs: string };
    expect(trace.message).toBe('ok');
    expect(trace.response).toContain('====== Request ======');
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
    const hit = (await tyk('POST', '/tyk/debug', { body: { request: { method: 'GET', path: '/inventory/stock/summary', headers }, spec } })).json as { logs: string };
    expect(hit.logs).toContain('stockSummary');
    expect(hit.logs).toContain('DynamicMiddleware');
    const miss = (await tyk('POST', '/tyk/debug', { body: { request: { method: 'GET', path: '/inventory/items', headers }, spec } })).json as { logs: string };
    expect(miss.logs).not.toContain('stockSummary');
  });

  it('traces an OAS definition, older singular plugin shape included', async () => {
    const { json: oas } = await tyk('GET', '/tyk/apis/oas/shipping-quotes');
    const trace = (await tyk('POST', '/tyk/debug', { body: { request: { method: 'GET', path: '/shipping/carriers', headers: { 'X-Api-Key': ['k'] } }, oas } })).json as { logs: string };
    expect(trace.logs).toContain('convertWeightUnits');
    expect(trace.logs).toContain('addCarrierHints');
    const refused = (await tyk('POST', '/tyk/debug', { body: { request: { method: 'GET', path: '/shipping/quotes' }, oas } })).json as { response: string; logs: string };
    expect(refused.response).toContain('HTTP/1.1 401');
    expect(refused.logs).not.toContain('addCarrierHints');
  });

  it('answers 404 in the trace when the path is outside the listen path; 400 without a definition', async () => {
    const { json: spec } = await tyk('GET', '/tyk/apis/public-catalogue');
    const trace = (await tyk('POST', '/tyk/debug', { body: { request: { method: 'GET', path: '/elsewhere' }, spec } })).json as { response: string };
    expect(trace.response).toContain('HTTP/1.1 404');
    expect((await tyk('POST', '/tyk/debug', { body: { request: { method: 'GET', path: '/' } } })).status).toBe(400);
  });
});
