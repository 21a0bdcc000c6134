import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json';
import { getIn } from '../json-edit';
import { readPluginModel } from '../definition/read';
import { applyOk, refusedCode } from './edit-test-helpers';
import { oasFixture } from './test-fixtures';

const G = ['x-tyk-api-gateway', 'middleware', 'global'];
const at = (doc: JsonObject, ...path: (string | number)[]) => getIn(doc, path);

describe('OAS edits', () => {
  const doc = oasFixture();
  const legacy = oasFixture({ legacy: true });

  it('attaches in the plural shape, creating a missing list at the end of global', () => {
    const out = applyOk(doc, 'oas', { type: 'attach', hook: 'post', fn: { name: 'Post', path: 'post.so', requireSession: true } });
    expect(at(out, ...G, 'postPlugins')).toEqual([{ enabled: true, functionName: 'Post', path: 'post.so', requireSession: true }]);
    expect(Object.keys(at(out, ...G) as JsonObject)).toEqual(['pluginConfig', 'prePlugins', 'postPlugins']);
  });

  it('keeps the legacy singular shape where the document has it', () => {
    const out = applyOk(legacy, 'oas', { type: 'attach', hook: 'pre', index: 0, fn: { name: 'New', path: 'n.so' } });
    expect(at(out, ...G, 'prePlugin', 'plugins', 0, 'functionName')).toBe('New');
    expect(at(out, ...G, 'prePlugins')).toBeUndefined();
    const gone = applyOk(legacy, 'oas', { type: 'detach', at: { hook: 'pre', index: 0 } });
    expect(at(gone, ...G, 'prePlugin')).toEqual({});
    const back = applyOk(gone, 'oas', { type: 'attach', hook: 'pre', fn: { name: 'Again', path: 'a.so' } });
    expect(at(back, ...G, 'prePlugin', 'plugins', 0, 'functionName')).toBe('Again');
  });

  it('removes an emptied plural list (the schema wants at least one entry)', () => {
    const out = applyOk(doc, 'oas', { type: 'detach', at: { hook: 'pre', index: 0 } });
    expect(Object.keys(at(out, ...G) as JsonObject)).toEqual(['pluginConfig']);
  });

  it('moves entries as they are between plural lists and legacy ones', () => {
    const out = applyOk(doc, 'oas', { type: 'move', from: { hook: 'pre', index: 0 }, to: { hook: 'response', index: 0 } });
    expect(at(out, ...G, 'responsePlugins')).toEqual([{ enabled: true, functionName: 'Pre1', path: 'pre1.so', pluginId: 'keep' }]);
    const toAuth = applyOk(doc, 'oas', { type: 'move', from: { hook: 'pre', index: 0 }, to: { hook: 'auth', index: 0 } });
    expect(at(toAuth, 'x-tyk-api-gateway', 'server', 'authentication', 'custom')).toEqual({
      enabled: true,
      config: { enabled: true, functionName: 'Pre1', path: 'pre1.so' },
    });
  });

  it('attaches custom auth under server.authentication.custom and refuses it when keyless', () => {
    const out = applyOk(doc, 'oas', { type: 'attach', hook: 'auth', fn: { name: 'Auth', path: 'a.so', rawBodyOnly: true } });
    const model = readPluginModel(out, 'oas');
    expect(model.customAuthEnabled).toBe(true);
    expect(model.hooks.auth.functions[0]).toMatchObject({ name: 'Auth', rawBodyOnly: true });
    const keyless = applyOk(doc, 'oas', { type: 'restore', path: ['x-tyk-api-gateway', 'server', 'authentication', 'enabled'], previous: { present: true, value: false } });
    expect(refusedCode(keyless, 'oas', { type: 'attach', hook: 'auth', fn: { name: 'Auth', path: 'a.so' } })).toBe('keyless-auth');
    const detached = applyOk(out, 'oas', { type: 'detach', at: { hook: 'auth', index: 0 } });
    expect(at(detached, 'x-tyk-api-gateway', 'server', 'authentication', 'custom')).toEqual({ enabled: true });
  });

  it('writes analytics plugins into trafficLogs, switching traffic logs on when new', () => {
    const out = applyOk(doc, 'oas', { type: 'attach', hook: 'analytics', fn: { name: 'Log', path: 'log.so' } });
    expect(at(out, ...G, 'trafficLogs')).toEqual({ enabled: true, plugins: [{ enabled: true, functionName: 'Log', path: 'log.so' }] });
  });

  it('attaches per-operation plugins by method and path or operationId', () => {
    const go = applyOk(doc, 'oas', { type: 'attachEndpointPlugin', kind: 'goPlugin', method: 'GET', path: '/pets', fn: { name: 'EP', path: 'ep.so' } });
    expect(at(go, 'x-tyk-api-gateway', 'middleware', 'operations', 'listPets', 'postPlugins')).toEqual([{ enabled: true, functionName: 'EP', path: 'ep.so' }]);
    const v = applyOk(doc, 'oas', { type: 'attachEndpointPlugin', kind: 'virtual', method: 'POST', path: '', operationId: 'addPet', fn: { name: 'v', path: 'v.js' } });
    expect(at(v, 'x-tyk-api-gateway', 'middleware', 'operations', 'addPet', 'virtualEndpoint')).toEqual({ enabled: true, functionName: 'v', path: 'v.js' });
    expect(refusedCode(doc, 'oas', { type: 'attachEndpointPlugin', kind: 'goPlugin', method: 'DELETE', path: '/pets/{id}', fn: { name: 'E', path: 'e.so' } })).toBe('no-operation-id');
    expect(refusedCode(doc, 'oas', { type: 'attachEndpointPlugin', kind: 'goPlugin', method: 'GET', path: '/nope', fn: { name: 'E', path: 'e.so' } })).toBe('unknown-endpoint');
    expect(refusedCode(doc, 'oas', { type: 'attachEndpointPlugin', kind: 'goPlugin', method: 'GET', path: '/x', operationId: 'ghost', fn: { name: 'E', path: 'e.so' } })).toBe('unknown-operation');
    const vd = applyOk(v, 'oas', { type: 'detachEndpointPlugin', index: 0 });
    expect(at(vd, 'x-tyk-api-gateway', 'middleware', 'operations', 'addPet')).toEqual({});
  });

  it('sets the driver, bundle and config data under pluginConfig', () => {
    const d = applyOk(doc, 'oas', { type: 'setDriver', driver: 'python' });
    expect(at(d, ...G, 'pluginConfig', 'driver')).toBe('python');
    const b = applyOk(doc, 'oas', { type: 'setBundle', paths: ['b.zip'] });
    expect(at(b, ...G, 'pluginConfig', 'bundle')).toEqual({ enabled: true, path: 'b.zip' });
    const off = applyOk(b, 'oas', { type: 'setBundle', enabled: false });
    expect(at(off, ...G, 'pluginConfig', 'bundle')).toEqual({ enabled: false, path: 'b.zip' });
    expect(refusedCode(doc, 'oas', { type: 'setBundle', enabled: false })).toBe('no-bundle');
    const c = applyOk(doc, 'oas', { type: 'setConfigData', value: { a: 1 } });
    expect(at(c, ...G, 'pluginConfig', 'data')).toEqual({ enabled: true, value: { a: 1 } });
  });

  it('sets the id extractor only on co-process auth with an auth function', () => {
    const py = applyOk(doc, 'oas', { type: 'setDriver', driver: 'python' });
    expect(refusedCode(py, 'oas', { type: 'setIdExtractor', idExtractor: { enabled: true } })).toBe('no-auth-function');
    const auth = applyOk(py, 'oas', { type: 'attach', hook: 'auth', fn: { name: 'Auth' } });
    const ex = applyOk(auth, 'oas', { type: 'setIdExtractor', idExtractor: { enabled: true, source: 'header' } });
    expect(readPluginModel(ex, 'oas').idExtractor).toEqual({ enabled: true, source: 'header' });
  });
});
