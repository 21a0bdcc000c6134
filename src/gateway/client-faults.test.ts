import { describe, expect, it } from 'vitest';
import { clearFaults, setFaults } from '../mocks/faults';
import { installEmbeddedGateway } from '../mocks/testing/embedded-gateway-for-tests';
import { getApi, listApis, updateApi } from './client';
import { failure } from './testing-failure';

installEmbeddedGateway();

describe('gateway client faults', () => {
  it('404: an API deleted underneath', async () => {
    const error = await failure(getApi('no-such-api', 'classic'));
    expect(error).toMatchObject({ kind: 'not-found', status: 404, message: 'API not found' });
    expect(error.advice).toMatch(/deleted/);
  });

  it("400 with Tyk's message: an update whose id does not match", async () => {
    const { doc } = await getApi('payments', 'classic');
    const error = await failure(updateApi('payments', 'classic', { ...doc, api_id: 'other' }));
    expect(error.kind).toBe('bad-request');
    expect(error.status).toBe(400);
    expect(error.message).toBe(
      'Request APIID does not match that in Definition! For Update operations these must match.',
    );
  });

  it("500 with Tyk's message", async () => {
    setFaults({ failNext: { status: 500, body: { status: 'error', message: 'file object creation failed, write error' } } });
    const error = await failure(listApis());
    expect(error).toMatchObject({ kind: 'server', status: 500, message: 'file object creation failed, write error' });
    // The failure is used up: the next call succeeds.
    await expect(listApis()).resolves.not.toHaveLength(0);
  });

  it('a 5xx without a JSON body still says what happened', async () => {
    setFaults({ failNext: { status: 503, body: 'upstream unavailable' } });
    const error = await failure(getApi('payments', 'classic'));
    expect(error.kind).toBe('server');
    expect(error.message).toMatch(/HTTP 503/);
  });

  it('an answer that is not JSON', async () => {
    setFaults({ notJson: true });
    const error = await failure(getApi('payments', 'classic'));
    expect(error.kind).toBe('not-json');
    expect(error.advice).not.toBe('');
  });

  it('the gateway down: a network error', async () => {
    setFaults({ down: true });
    const error = await failure(listApis());
    expect(error.kind).toBe('network');
    expect(error.advice).toMatch(/embedded gateway|does not answer/);
    clearFaults();
    await expect(listApis()).resolves.not.toHaveLength(0);
  });

  it('a timeout', async () => {
    setFaults({ latencyMs: 300 });
    const error = await failure(getApi('payments', 'classic', { timeoutMs: 50 }));
    expect(error.kind).toBe('timeout');
  });

  it('cancelled by the caller', async () => {
    setFaults({ latencyMs: 300 });
    const controller = new AbortController();
    const pending = getApi('payments', 'classic', { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = await failure(pending);
    expect(error.kind).toBe('cancelled');
  });

  it('a failure matched to one request leaves others alone', async () => {
    setFaults({ failNext: { status: 500, match: 'PUT /tyk/apis/payments' } });
    const { doc } = await getApi('payments', 'classic');
    const error = await failure(updateApi('payments', 'classic', doc));
    expect(error.status).toBe(500);
    await expect(updateApi('payments', 'classic', doc)).resolves.toMatchObject({ action: 'modified' });
  });

  it('an answer that is JSON but not Tyk-shaped', async () => {
    setFaults({ failNext: { status: 200, body: { hello: 'world' } } });
    const error = await failure(updateApi('payments', 'classic', { api_id: 'payments' }));
    expect(error.kind).toBe('server');
    expect(error.message).toMatch(/does not look like Tyk/);
  });

  it('a list that is not a list, or OAS APIs without an id, fail as GatewayErrors', async () => {
    for (const body of [{ not: 'a list' }, null, 'text', [{ no_api_id: true }]]) {
      setFaults({ failNext: { status: 200, body, match: 'GET /tyk/apis' } });
      expect((await failure(listApis())).kind, JSON.stringify(body)).toBe('server');
      clearFaults();
    }
    setFaults({ failNext: { status: 200, body: [{ openapi: '3.0.3', 'x-tyk-api-gateway': { info: {} } }], match: 'GET /tyk/apis/oas' } });
    expect((await failure(listApis())).message).toMatch(/does not look like Tyk/);
  });
});
