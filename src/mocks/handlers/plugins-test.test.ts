import { describe, expect, it } from 'vitest';
import { javascriptStarter } from '../../domain/starters/javascript';
import { pluginTestAnswerMismatch, testPluginOnGateway } from '../../gateway/plugin-test';
import { GatewayError } from '../../gateway/errors';
import { installEmbeddedGateway } from '../testing/embedded-gateway-for-tests';
import { tyk } from '../testing/tyk-request';

installEmbeddedGateway();

const starter = javascriptStarter('pre', 'addTraceId').source;
const request = { Method: 'GET', Path: '/orders', Headers: { Accept: ['application/json'] } };

/** POST /tyk/plugins/test as any client would; every 200 answer is checked against the runner's shape. */
async function test(body: unknown) {
  const answer = await tyk('POST', '/tyk/plugins/test', { body });
  if (answer.status === 200) {
    expect(pluginTestAnswerMismatch(answer.json)).toBeUndefined();
  }
  return answer;
}

describe('embedded gateway: POST /tyk/plugins/test (gateway/mw_js_plugin_test_runner.go)', () => {
  it('runs the JSVM pre starter and answers what it changed, in the runner shape', async () => {
    const { status, json } = await test({ code: starter, hook_type: 'pre', org_id: 'default', request });
    expect(status).toBe(200);
    expect(json).toMatchObject({
      logs: [],
      request_before: { Method: 'GET', Path: '/orders', URL: 'https://__sandbox__/orders', RequestURI: '/orders', Headers: request.Headers },
      request_after: { SetHeaders: { 'X-Plugin': 'addTraceId' }, DeleteHeaders: [], Body: '' },
    });
    expect(json).not.toHaveProperty('error');
    expect(typeof (json as { execution_ms: unknown }).execution_ms).toBe('number');
  });

  it('answers a syntax error with 200 and error.type "syntax", nothing run', async () => {
    const { status, json } = await test({ code: 'var x = {', hook_type: 'pre', org_id: 'default', request });
    expect(status).toBe(200);
    expect(json).toMatchObject({ logs: [], error: { type: 'syntax' }, execution_ms: 0 });
    expect(json).not.toHaveProperty('request_before');
  });

  it('runs a response hook on the response it is given', async () => {
    const code = javascriptStarter('response', 'tagResponse').source;
    const { json } = await test({ code, hook_type: 'response', org_id: 'default', request, response: { StatusCode: 200, Body: '{}', Headers: {} } });
    expect(json).toMatchObject({ response_before: { StatusCode: 200, Body: '{}' }, response_after: { SetHeaders: { 'X-Plugin': 'tagResponse' } } });
  });

  it.each([
    ['a body that is not JSON', '{"code":', 'invalid request body: '],
    ['a code of the wrong type', { code: 7, hook_type: 'pre', org_id: 'o', request }, 'invalid request body: json: cannot unmarshal number into Go struct field pluginTestRunnerRequest.code of type string'],
    ['no code', { code: '  ', hook_type: 'pre', org_id: 'o', request }, 'code is required'],
    ['an unknown hook', { code: starter, hook_type: 'virtual', org_id: 'o', request }, 'invalid hook_type: must be one of pre, post, post_key_auth, auth_check, response'],
    ['no org_id', { code: starter, hook_type: 'pre', request }, 'org_id is required'],
    ['a response hook without a response', { code: starter, hook_type: 'response', org_id: 'o', request }, 'response is required for response hooks'],
    ['a session that is not an object', { code: starter, hook_type: 'post', org_id: 'o', request, session: 'abc' }, 'invalid session JSON: json: cannot unmarshal string into Go value of type user.SessionState'],
  ])('refuses %s with a 400 {"error"}', async (_what, body, message) => {
    const answer = typeof body === 'string' ? await tyk('POST', '/tyk/plugins/test', { rawBody: body }) : await test(body);
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.json as object)).toEqual(['error']);
    expect((answer.json as { error: string }).error.startsWith(message)).toBe(true);
  });

  it('checks answers field by field: a wrong type is named by its path', () => {
    expect(pluginTestAnswerMismatch({ logs: [], execution_ms: 1 })).toBeUndefined();
    expect(pluginTestAnswerMismatch({ logs: [], execution_ms: '1' })).toBe('execution_ms');
    expect(pluginTestAnswerMismatch({ logs: [], execution_ms: 1, request_after: { SetHeaders: { A: 1 } } })).toBe('request_after.SetHeaders');
  });

  it('needs the secret like every control API call', async () => {
    expect((await tyk('POST', '/tyk/plugins/test', { body: {}, secret: null })).status).toBe(403);
  });

  it('reaches the client as a bad-request GatewayError carrying the runner\'s own message', async () => {
    const failure = await testPluginOnGateway({ code: '', hook_type: 'pre', org_id: 'o', request }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GatewayError);
    expect(failure).toMatchObject({ kind: 'bad-request', status: 400, message: 'code is required' });
    const answer = await testPluginOnGateway({ code: starter, hook_type: 'pre', org_id: 'o', request });
    expect(answer.request_after?.SetHeaders).toEqual({ 'X-Plugin': 'addTraceId' });
  });
});
