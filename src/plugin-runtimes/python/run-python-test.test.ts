import { beforeAll, describe, expect, it } from 'vitest';
import type { PyodideInterface } from 'pyodide';
import { coprocessObject } from '../../domain/plugin-test/coprocess';
import { outcomeFromCoprocess } from '../../domain/plugin-test/coprocess-outcome';
import type { TestableHook } from '../../domain/plugin-test/hooks';
import { EMPTY_SETUP, readSample } from '../../domain/plugin-test/sample';
import { pythonStarter } from '../../domain/starters/python';
import { loadNodePyodide } from './node-pyodide';
import { runPythonTest } from './run-python-test';

let pyodide: PyodideInterface;
beforeAll(async () => {
  pyodide = await loadNodePyodide();
}, 60_000);

function run(source: string, hook: TestableHook, name: string, setup = EMPTY_SETUP) {
  const { sample } = readSample({ ...setup, session: '{"rate": 10, "meta_data": {"tier": "gold", "n": 2}}' });
  const object = coprocessObject({ sample, hook, functionName: name, orgId: 'o', apiId: 'a' });
  const answer = runPythonTest(pyodide, source, object);
  return { answer, outcome: outcomeFromCoprocess(answer, object, hook, 0) };
}

describe('Python hooks as the gateway dispatcher runs them (coprocess/python/tyk/middleware.py)', () => {
  it('runs the post starter: add_header reaches set_headers', () => {
    const { outcome } = run(pythonStarter('post', 'add_plugin_header').source, 'post', 'add_plugin_header');
    expect(outcome.error).toBeUndefined();
    expect(outcome.headersSet).toEqual({ 'X-Plugin': 'add_plugin_header' });
  });

  it('runs the custom auth starter with 4 arguments: a 403 without the token, the session and token with it', () => {
    const source = pythonStarter('auth', 'check_token').source;
    const refused = run(source, 'auth', 'check_token');
    expect(refused.outcome.verdict).toContain('answer 403 here, as an error (“access denied”)');
    const setup = { ...EMPTY_SETUP, request: { ...EMPTY_SETUP.request, headers: 'Authorization: expected-token' } };
    const allowed = run(source, 'auth', 'check_token', setup);
    expect(allowed.outcome.verdict).toBeUndefined();
    expect(allowed.outcome.sessionAfter).toMatchObject({ rate: 100, per: 1, quota_max: -1, metadata: { token: 'expected-token' } });
  });

  it('runs the response starter with 5 arguments on the response', () => {
    const { outcome } = run(pythonStarter('response', 'tag_response').source, 'response', 'tag_response');
    expect(outcome.response?.headersSet).toEqual({ 'X-Plugin': 'tag_response' });
  });

  it('gives pre hooks no session (coprocess.go BuildObject) and post hooks the metadata as strings', () => {
    const source = 'from tyk.decorators import *\n@Hook\ndef h(request, session, spec):\n    request.add_header("X-Rate", str(session.rate))\n    request.add_header("X-N", session.metadata.get("n", "none"))\n    return request, session\n';
    expect(run(source, 'pre', 'h').outcome.headersSet).toEqual({ 'X-Rate': '0.0', 'X-N': 'none' });
    expect(run(source, 'post', 'h').outcome.headersSet).toEqual({ 'X-Rate': '10', 'X-N': '2' });
  });

  it('names the failures as the gateway does: syntax, an undecorated function, nothing returned', () => {
    expect(run('def h(:\n', 'pre', 'h').outcome.error).toEqual({ kind: 'syntax', message: expect.stringContaining('line 1') as unknown });
    expect(run('def h(request, session, spec):\n    return request, session\n', 'pre', 'h').outcome.error?.message).toContain('Hook is not defined: h');
    const none = run('from tyk.decorators import *\n@Hook\ndef h(request, session, spec):\n    pass\n', 'pre', 'h').outcome.error;
    expect(none).toEqual({ kind: 'runtime', message: "Hook 'h' returned an error: cannot unpack non-iterable NoneType object" });
  });

  it('refuses what a protobuf message refuses, and says when an argument count makes it another hook', () => {
    const replaced = run('from tyk.decorators import *\n@Hook\ndef h(request, session, spec):\n    request.object.set_headers = {"A": "1"}\n    return request, session\n', 'pre', 'h');
    expect(replaced.outcome.error?.message).toContain('Assignment not allowed to map, or repeated field "set_headers"');
    const threeOnResponse = run(pythonStarter('post', 'h').source, 'response', 'h');
    expect(threeOnResponse.outcome.logs.map((l) => l.message).join('\n')).toContain('takes 3 arguments, so the gateway calls it as a request hook');
  });

  it('logs through gateway.TykGateway and warns that a change to body alone is not read', () => {
    const source = 'from tyk.decorators import *\nfrom gateway import TykGateway as tyk\n@Hook\ndef h(request, session, spec):\n    tyk.log("seen " + request.object.method, "info")\n    request.object.body = "changed"\n    return request, session\n';
    const { outcome } = run(source, 'pre', 'h');
    expect(outcome.logs[0]).toEqual({ level: 'info', message: 'seen GET' });
    expect(outcome.body).toBeUndefined();
    expect(outcome.logs.some((l) => l.message.includes('does not read'))).toBe(true);
  });
});
