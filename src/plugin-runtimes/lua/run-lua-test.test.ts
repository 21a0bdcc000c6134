import { describe, expect, it } from 'vitest';
import { coprocessObject } from '../../domain/plugin-test/coprocess';
import { outcomeFromCoprocess } from '../../domain/plugin-test/coprocess-outcome';
import type { TestableHook } from '../../domain/plugin-test/hooks';
import { EMPTY_SETUP, readSample } from '../../domain/plugin-test/sample';
import { luaStarter } from '../../domain/starters/lua';
import { runLuaTest } from './run-lua-test';

function run(source: string, hook: TestableHook, name: string, timeoutMs = 2000) {
  const { sample } = readSample({ ...EMPTY_SETUP, request: { ...EMPTY_SETUP.request, body: 'hello', headers: 'X-In: 1' }, session: '{"rate": 5, "meta_data": {"a": "b"}}' });
  const object = coprocessObject({ sample, hook, functionName: name, orgId: 'o', apiId: 'a' });
  const answer = runLuaTest(source, object, timeoutMs);
  return outcomeFromCoprocess(answer, object, hook, 0);
}

describe('Lua hooks as the gateway Lua dispatcher runs them (coprocess/lua/bundle.lua)', () => {
  it('runs the pre starter: tyk.req.set_header reaches set_headers', () => {
    const outcome = run(luaStarter('pre', 'add_header').source, 'pre', 'add_header');
    expect(outcome.error).toBeUndefined();
    expect(outcome.headersSet).toEqual({ 'X-Plugin': 'add_header' });
  });

  it('sees empty maps as nil (Go leaves them out of the JSON), and clear_header keeps only the last name', () => {
    const source = 'function h(request, session, spec)\n  print(tostring(request.set_headers), request.headers["X-In"])\n  tyk.req.clear_header("A")\n  tyk.req.clear_header("B")\n  return request, session\nend';
    const outcome = run(source, 'post', 'h');
    expect(outcome.logs[0]?.message).toBe('nil\t1');
    expect(outcome.headersDeleted).toEqual(['B']);
  });

  it('carries raw_body in base64, as Go encodes bytes, and reads the body back from it', () => {
    const source = 'function h(request, session, spec)\n  print(request.raw_body)\n  request.raw_body = "Ynll"\n  return request, session\nend';
    const outcome = run(source, 'pre', 'h');
    expect(outcome.logs[0]?.message).toBe('aGVsbG8=');
    expect(outcome.body).toEqual({ before: 'hello', after: 'bye' });
  });

  it('reports syntax and runtime errors, a missing global, a hook that returns nothing, and stops an endless loop', () => {
    expect(run('function h(', 'pre', 'h').error?.kind).toBe('syntax');
    expect(run('function h(request) return request.nothing.x end', 'pre', 'h').error).toMatchObject({ kind: 'runtime', message: expect.stringContaining('attempt to index') as unknown });
    expect(run('local function h() end', 'pre', 'h').logs.map((l) => l.message)).toContain('No global function h: the dispatcher hands the request back unchanged.');
    expect(run('function h() end', 'pre', 'h').error?.message).toContain('returned no request');
    expect(run('function h() while true do end end', 'pre', 'h', 200).error?.kind).toBe('timeout');
  });
});
