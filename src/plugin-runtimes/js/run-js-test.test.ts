import { describe, expect, it } from 'vitest';
import type { JsTestHookType, TykPluginTestRequest } from '../../domain/plugin-test/tyk-shapes';
import type { JsRunOptions } from './run-js-test';
import { runJsTest } from './run-js-test';
import { loadQuickJs } from './quickjs';

const quickjs = await loadQuickJs();

function plugin(body: string, register = 'NewProcessRequest', args = 'request, session, spec'): string {
  return `var mw = new TykJS.TykMiddleware.NewMiddleware({});\nmw.${register}(function (${args}) {\n${body}\n});\n`;
}

function run(code: string, hook: JsTestHookType = 'pre', extra: Partial<TykPluginTestRequest> = {}, options: Partial<JsRunOptions> = {}) {
  const input: TykPluginTestRequest = { code, hook_type: hook, org_id: 'org1', request: { Method: 'POST', Path: '/orders' }, ...extra };
  return runJsTest(quickjs, input, { engine: 'goja', timeoutMs: 2000, ...options });
}

describe('JSVM sandbox: the gateway coreJS semantics (gateway/mw_js_plugin.go)', () => {
  it('keeps SetHeaders and drops edits of request.Headers: DoProcessRequest empties Headers before returning', () => {
    const answer = run(plugin('request.Headers["X-Edited"] = ["yes"];\nrequest.SetHeaders["X-Set"] = "1";\nrequest.DeleteHeaders.push("Cookie");\nreturn mw.ReturnData(request, {});'));
    expect(answer.error).toBeUndefined();
    expect(answer.request_after?.SetHeaders).toEqual({ 'X-Set': '1' });
    expect(answer.request_after?.DeleteHeaders).toEqual(['Cookie']);
    expect(JSON.stringify(answer.request_after)).not.toContain('X-Edited');
  });

  it('decodes the body before the plugin and encodes what it returns (b64dec/b64enc round trip, UTF-8 kept)', () => {
    const answer = run(plugin('log(request.Body);\nrequest.Body = request.Body.toUpperCase() + " ✓";\nreturn mw.ReturnData(request, {});'), 'pre', {
      request: { Method: 'POST', Path: '/orders', Body: '{"name":"héllo"}' },
    });
    expect(answer.logs.map((line) => line.message)).toEqual(['{"name":"héllo"}']);
    expect(answer.request_after?.Body).toBe('{"NAME":"HÉLLO"} ✓');
  });

  it('ReturnData wraps the request and the session metadata; a post hook answers the metadata as session_after', () => {
    const answer = run(plugin('return mw.ReturnData(request, { tier: "gold" });'), 'post', { session: { rate: 5, meta_data: { a: 'b' } } });
    expect(answer.session_after).toEqual({ tier: 'gold' });
  });

  it('a hook that returns nothing logs it and fails as the gateway fails to decode "undefined"', () => {
    const answer = run(plugin('request.SetHeaders["X"] = "1";'));
    expect(answer.logs.map((line) => line.message)).toContain("Middleware didn't return request object!");
    expect(answer.error).toEqual({ type: 'runtime', message: "failed to parse request hook return: invalid character 'u' looking for beginning of value" });
  });

  it('a hook that returns the request itself (no ReturnData) throws where DoProcessRequest reads .Request', () => {
    const answer = run(plugin('return request;'));
    expect(answer.error?.type).toBe('runtime');
    expect(answer.error?.message).toMatch(/^TypeError/);
  });

  it('ReturnOverrides reach the answer: a 403 the gateway would send instead of calling the upstream', () => {
    const answer = run(plugin('request.ReturnOverrides.ResponseCode = 403;\nrequest.ReturnOverrides.ResponseError = "denied";\nreturn mw.ReturnData(request, {});'));
    expect(answer.request_after?.ReturnOverrides).toMatchObject({ ResponseCode: 403, ResponseError: 'denied' });
  });

  it('a value of the wrong type fails as json.Unmarshal does (a header value must be a string)', () => {
    const answer = run(plugin('request.SetHeaders["X-Count"] = 3;\nreturn mw.ReturnData(request, {});'));
    expect(answer.error?.type).toBe('runtime');
    expect(answer.error?.message).toContain('cannot unmarshal number into Go struct field VMReturnObject.Request.SetHeaders');
  });
});

describe('JSVM sandbox: the test runner (gateway/mw_js_plugin_test_runner.go)', () => {
  it('gives pre hooks an empty session, whatever was sent (api_loader.go, mw_js_plugin.go)', () => {
    const answer = run(plugin('log(JSON.stringify(session));\nreturn mw.ReturnData(request, {});'), 'pre', { session: { rate: 999, org_id: 'ignored' } });
    expect(answer.logs[0]?.message).toBe('{}');
  });

  it('answers an auth_check hook with the session ReturnAuthData set, as the gateway re-encodes it', () => {
    const answer = run(plugin('return mw.ReturnAuthData(request, { rate: 100, per: 1, org_id: "org1", not_a_session_field: true });'), 'auth_check');
    expect(answer.session_after).toEqual({ rate: 100, per: 1, org_id: 'org1' });
  });

  it('synthesises URL and RequestURI from the path and params (buildTestRunnerMiniRequest)', () => {
    const answer = run(plugin('log(request.URL + " " + request.RequestURI + " " + request.Scheme);\nreturn mw.ReturnData(request, {});'), 'pre', {
      request: { Method: 'GET', Path: '/a', Params: { z: ['1'], b: ['x y', 'é'] } },
    });
    expect(answer.logs[0]?.message).toBe('https://__sandbox__/a?b=x+y&b=%C3%A9&z=1 /a?b=x+y&b=%C3%A9&z=1 https');
    expect(answer.request_before?.URL).toBe('https://__sandbox__/a?b=x+y&b=%C3%A9&z=1');
  });

  it('runs a response hook on the response, with a request that has no body (mw_js_plugin_response.go)', () => {
    const code = plugin('log(String(request.Body));\nresponse.Body = "changed";\nresponse.SetHeaders["X-R"] = "1";\nreturn mw.ReturnResponseData(response, {});', 'NewProcessResponse', 'response, request, session, spec');
    const answer = run(code, 'response', { response: { StatusCode: 201, Body: 'original', Headers: { A: ['b'] } } });
    expect(answer.logs[0]?.message).toBe('null');
    expect(answer.request_before).toBeUndefined();
    expect(answer.response_before).toEqual({ StatusCode: 201, Body: 'original', Headers: { A: ['b'] } });
    expect(answer.response_after).toMatchObject({ StatusCode: 201, Body: 'changed', SetHeaders: { 'X-R': '1' } });
  });

  it('says so when the code registers no handler', () => {
    expect(run('var x = 42;').error).toEqual({ type: 'runtime', message: 'plugin did not register a request or response handler via NewProcessRequest/NewProcessResponse' });
  });

  it('reports an error thrown by the top-level code as a runtime error', () => {
    expect(run('undefinedFunction();').error).toMatchObject({ type: 'runtime', message: expect.stringMatching(/^ReferenceError/) as unknown });
  });

  it('stops an endless loop as a timeout (jsvm_timeout; the runner interrupts the VM)', () => {
    const started = Date.now();
    const answer = run(plugin('while (true) {}'), 'pre', {}, { timeoutMs: 300 });
    expect(answer.error).toEqual({ type: 'timeout', message: 'JS middleware timed out after 0.3s' });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('JSVM sandbox: the two engines', () => {
  it('refuses ES2015 syntax on otto, as a syntax error before anything runs, and takes it on goja', () => {
    const code = plugin('let name = `x`;\nrequest.SetHeaders["X"] = name;\nreturn mw.ReturnData(request, {});');
    const otto = run(code, 'pre', {}, { engine: 'otto' });
    expect(otto.error?.type).toBe('syntax');
    expect(otto.error?.message).toContain('Line 3:');
    expect(otto.logs).toEqual([]);
    expect(run(code).request_after?.SetHeaders).toEqual({ X: 'x' });
  });

  it('has no ES2015 built-ins on otto', () => {
    const code = plugin('request.SetHeaders["X"] = String("abc".startsWith("a"));\nreturn mw.ReturnData(request, {});');
    expect(run(code, 'pre', {}, { engine: 'otto' }).error?.message).toMatch(/^TypeError/);
    expect(run(code).request_after?.SetHeaders).toEqual({ X: 'true' });
  });

  it('calls the middleware the definition names, as the gateway does (<name>.DoProcessRequest)', () => {
    const code = 'var first = new TykJS.TykMiddleware.NewMiddleware({});\nfirst.NewProcessRequest(function (r) { r.SetHeaders.A = "1"; return first.ReturnData(r, {}); });\n' +
      'var second = new TykJS.TykMiddleware.NewMiddleware({});\nsecond.NewProcessRequest(function (r) { r.SetHeaders.B = "1"; return second.ReturnData(r, {}); });';
    expect(run(code, 'pre', {}, { functionName: 'first' }).request_after?.SetHeaders).toEqual({ A: '1' });
    expect(run(code).request_after?.SetHeaders).toEqual({ B: '1' });
    expect(run(code, 'pre', {}, { functionName: 'third' }).error?.message).toMatch(/^ReferenceError: third is not defined/);
  });
});

describe('JSVM sandbox: the bindings (gateway/jsvm_api.go)', () => {
  it('answers TykMakeHttpRequest from a stub, and with undefined (a failed request) when none matches', () => {
    const code = plugin(
      'var reply = TykMakeHttpRequest(JSON.stringify({ Method: "GET", Domain: "https://risk.internal", Resource: "/score?id=1" }));\n' +
        'var missing = TykMakeHttpRequest(JSON.stringify({ Method: "GET", Domain: "https://other", Resource: "/" }));\n' +
        'request.SetHeaders["X-Score"] = JSON.parse(reply).Body;\nrequest.SetHeaders["X-Missing"] = String(missing);\nreturn mw.ReturnData(request, {});',
    );
    const answer = run(code, 'pre', {}, { stubs: [{ method: 'GET', url: 'https://risk.internal/score', status: 200, body: '42' }] });
    expect(answer.request_after?.SetHeaders).toEqual({ 'X-Score': '42', 'X-Missing': 'undefined' });
    expect(answer.logs.some((line) => line.level === 'warning' && line.message.includes('GET https://other/'))).toBe(true);
  });

  it('b64dec falls back to unpadded base64 and answers undefined for what is not base64', () => {
    const code = plugin('log(b64dec("aGk=") + " " + b64dec("aGk") + " " + String(b64dec("*")) + " " + rawb64enc("hi") + " " + b64enc("hi"));\nreturn mw.ReturnData(request, {});');
    expect(run(code).logs[0]?.message).toBe('hi hi undefined aGk aGk=');
  });
});
