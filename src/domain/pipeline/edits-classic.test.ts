import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json';
import { readPluginModel } from '../definition/read';
import { applyOk, refusedCode } from './edit-test-helpers';
import { classicFixture } from './test-fixtures';

const cm = (doc: JsonObject) => doc['custom_middleware'] as JsonObject;
const names = (doc: JsonObject, hook: 'pre' | 'post' | 'auth' | 'postAuth' | 'response' | 'analytics') =>
  readPluginModel(doc, 'classic').hooks[hook].functions.map((f) => f.name);

describe('Classic edits', () => {
  const doc = classicFixture();

  it('attaches at an index, writing a full MiddlewareDefinition and sharing the rest', () => {
    const out = applyOk(doc, 'classic', { type: 'attach', hook: 'pre', index: 1, fn: { name: 'New', path: 'new.so' } });
    expect(names(out, 'pre')).toEqual(['Pre1', 'New', 'Pre2']);
    expect((cm(out)['pre'] as JsonObject[])[1]).toEqual({ disabled: false, name: 'New', path: 'new.so', require_session: false, raw_body_only: false });
    expect(Object.keys(out)).toEqual(Object.keys(doc));
    expect(out['version_data']).toBe(doc['version_data']);
    expect(cm(out)['post']).toBe(cm(doc)['post']);
    expect(out['custom_middleware_']).toBe(doc['custom_middleware_']);
  });

  it('attaches to auth in place and switches custom auth on', () => {
    const out = applyOk(doc, 'classic', { type: 'attach', hook: 'auth', fn: { name: 'Auth', path: 'auth.so' } });
    expect(cm(out)['auth_check']).toEqual({ name: 'Auth', path: 'auth.so', require_session: false, raw_body_only: false, disabled: false });
    expect(out['custom_plugin_auth_enabled']).toBe(true);
    expect(Object.keys(out).at(-1)).toBe('custom_plugin_auth_enabled');
    expect(refusedCode(out, 'classic', { type: 'attach', hook: 'auth', fn: { name: 'Other', path: 'o.so' } })).toBe('auth-occupied');
  });

  it('refuses auth and post-auth on a keyless API', () => {
    const keyless = { ...doc, use_keyless: true };
    expect(refusedCode(keyless, 'classic', { type: 'attach', hook: 'auth', fn: { name: 'A', path: 'a.so' } })).toBe('keyless-auth');
    expect(refusedCode(keyless, 'classic', { type: 'attach', hook: 'postAuth', fn: { name: 'A', path: 'a.so' } })).toBe('keyless-post-auth');
    expect(refusedCode(keyless, 'classic', { type: 'setCustomAuthEnabled', enabled: true })).toBe('keyless-auth');
  });

  it('moves entries as they are between hooks and within a hook', () => {
    const between = applyOk(doc, 'classic', { type: 'move', from: { hook: 'pre', index: 1 }, to: { hook: 'post', index: 0 } });
    expect(names(between, 'pre')).toEqual(['Pre1']);
    expect((cm(between)['post'] as JsonObject[])[0]).toEqual({ name: 'Pre2', path: 'pre2.so', code: 'keep' });
    const within = applyOk(doc, 'classic', { type: 'move', from: { hook: 'pre', index: 0 }, to: { hook: 'pre', index: 1 } });
    expect(names(within, 'pre')).toEqual(['Pre2', 'Pre1']);
    const toAuth = applyOk(doc, 'classic', { type: 'move', from: { hook: 'post', index: 0 }, to: { hook: 'auth', index: 0 } });
    expect(names(toAuth, 'auth')).toEqual(['Post1']);
    expect(names(toAuth, 'post')).toEqual([]);
  });

  it('detaches, enables and updates fields in place', () => {
    expect(names(applyOk(doc, 'classic', { type: 'detach', at: { hook: 'pre', index: 0 } }), 'pre')).toEqual(['Pre2']);
    const off = applyOk(doc, 'classic', { type: 'setEnabled', at: { hook: 'pre', index: 0 }, enabled: false });
    expect((cm(off)['pre'] as JsonObject[])[0]).toEqual({ name: 'Pre1', path: 'pre1.so', require_session: false, disabled: true });
    const same = applyOk(doc, 'classic', { type: 'setEnabled', at: { hook: 'pre', index: 0 }, enabled: true });
    expect(same).toBe(doc);
    const renamed = applyOk(doc, 'classic', { type: 'updateFunction', at: { hook: 'pre', index: 0 }, fields: { name: 'Renamed', requireSession: true, rawBodyOnly: true } });
    expect((cm(renamed)['pre'] as JsonObject[])[0]).toEqual({ name: 'Renamed', path: 'pre1.so', require_session: true, raw_body_only: true });
  });

  it('refuses bad names, paths and positions', () => {
    expect(refusedCode(doc, 'classic', { type: 'attach', hook: 'pre', fn: { name: ' ', path: 'a.so' } })).toBe('empty-name');
    expect(refusedCode(doc, 'classic', { type: 'updateFunction', at: { hook: 'pre', index: 0 }, fields: { path: 'x.js' } })).toBe('driver-path-mismatch');
    expect(refusedCode(doc, 'classic', { type: 'attach', hook: 'pre', index: 3, fn: { name: 'A', path: 'a.so' } })).toBe('index-out-of-range');
    expect(refusedCode(doc, 'classic', { type: 'detach', at: { hook: 'post', index: 1 } })).toBe('index-out-of-range');
    expect(refusedCode(doc, 'classic', { type: 'move', from: { hook: 'pre', index: 0 }, to: { hook: 'pre', index: 2 } })).toBe('index-out-of-range');
    expect(refusedCode(doc, 'classic', { type: 'attach', hook: 'analytics', fn: { name: 'A', path: 'a.js' } })).toBe('analytics-not-go');
    expect(refusedCode(doc, 'classic', { type: 'attach', hook: 'nope' as never, fn: { name: 'A' } })).toBe('bad-edit');
  });

  it('sets drivers by the matrix: Lua only on custom builds, never for response hooks', () => {
    expect(refusedCode(doc, 'classic', { type: 'setDriver', driver: 'lua' })).toBe('lua-unavailable');
    expect(refusedCode(doc, 'classic', { type: 'setDriver', driver: 'perl' })).toBe('unknown-driver');
    const lua = applyOk(doc, 'classic', { type: 'setDriver', driver: 'lua' }, { luaAvailable: true });
    expect(cm(lua)['driver']).toBe('lua');
    expect(refusedCode(lua, 'classic', { type: 'attach', hook: 'response', fn: { name: 'R' } }, { luaAvailable: true })).toBe('driver-lacks-hook');
    expect(refusedCode(lua, 'classic', { type: 'attach', hook: 'pre', fn: { name: 'R' } })).toBe('lua-unavailable');
    const withResponse = applyOk(doc, 'classic', { type: 'attach', hook: 'response', fn: { name: 'R', path: 'r.so' } });
    expect(refusedCode(withResponse, 'classic', { type: 'setDriver', driver: 'lua' }, { luaAvailable: true })).toBe('driver-lacks-hook');
  });

  it('writes the analytics plugin as analytics_plugin', () => {
    const out = applyOk(doc, 'classic', { type: 'attach', hook: 'analytics', fn: { name: 'Mask', path: 'an.so' } });
    expect(out['analytics_plugin']).toEqual({ enable: true, plugin_path: 'an.so', func_name: 'Mask' });
    expect(refusedCode(out, 'classic', { type: 'attach', hook: 'analytics', fn: { name: 'B', path: 'b.so' } })).toBe('analytics-occupied');
  });

  it('attaches, updates and detaches per-endpoint plugins', () => {
    const go = applyOk(doc, 'classic', { type: 'attachEndpointPlugin', kind: 'goPlugin', method: 'post', path: '/refunds/{id}', fn: { name: 'EP', path: 'ep.so' } });
    const model = readPluginModel(go, 'classic');
    expect(model.endpointPlugins).toMatchObject([{ kind: 'goPlugin', method: 'POST', path: '/refunds/{id}', version: 'Default', fn: { name: 'EP', path: 'ep.so' } }]);
    expect(refusedCode(go, 'classic', { type: 'attachEndpointPlugin', kind: 'goPlugin', method: 'POST', path: '/refunds/{id}', fn: { name: 'X', path: 'x.so' } })).toBe('endpoint-occupied');
    expect(refusedCode(doc, 'classic', { type: 'attachEndpointPlugin', kind: 'goPlugin', method: 'GET', path: '/a', fn: { name: 'X', path: 'x.js' } })).toBe('endpoint-not-go');
    const upd = applyOk(go, 'classic', { type: 'updateEndpointPlugin', index: 0, fields: { enabled: false, name: 'EP2' } });
    expect(readPluginModel(upd, 'classic').endpointPlugins[0]?.fn).toMatchObject({ name: 'EP2', enabled: false });
    expect(readPluginModel(applyOk(go, 'classic', { type: 'detachEndpointPlugin', index: 0 }), 'classic').endpointPlugins).toEqual([]);
    const v = applyOk(doc, 'classic', { type: 'attachEndpointPlugin', kind: 'virtual', method: 'GET', path: '/v', fn: { name: 'vfn', path: 'v.js', requireSession: true } });
    expect(readPluginModel(v, 'classic').endpointPlugins[0]).toMatchObject({ kind: 'virtual', fn: { name: 'vfn', path: 'v.js', requireSession: true } });
  });

  it('sets bundles, config data, custom auth and the id extractor', () => {
    const b = applyOk(doc, 'classic', { type: 'setBundle', paths: ['a.zip', ' b.zip '], enabled: false });
    expect(readPluginModel(b, 'classic').bundle).toMatchObject({ paths: ['a.zip', 'b.zip'], enabled: false });
    const c = applyOk(doc, 'classic', { type: 'setConfigData', value: { k: 1 }, enabled: true });
    expect(c['config_data']).toEqual({ k: 1 });
    expect(c['config_data_disabled']).toBeUndefined();
    const on = applyOk({ ...doc, use_go_plugin_auth: true }, 'classic', { type: 'setCustomAuthEnabled', enabled: false });
    expect(on['use_go_plugin_auth']).toBe(false);
    expect(refusedCode(doc, 'classic', { type: 'setIdExtractor', idExtractor: { extract_from: 'header' } })).toBe('id-extractor-ignored');
    const py = applyOk(doc, 'classic', { type: 'setDriver', driver: 'python' });
    const ex = applyOk(py, 'classic', { type: 'setIdExtractor', idExtractor: { extract_from: 'header' } });
    expect(readPluginModel(ex, 'classic').idExtractor).toEqual({ extract_from: 'header' });
  });

  it('keeps the stray custom_middleware_ key untouched through edits', () => {
    const out = applyOk(doc, 'classic', { type: 'detach', at: { hook: 'post', index: 0 } });
    expect(out['custom_middleware_']).toBe(doc['custom_middleware_']);
  });

  it('refuses writing through a value of the wrong type', () => {
    const bad = { ...doc, custom_middleware: { ...cm(doc), post: 'oops' } };
    expect(refusedCode(bad, 'classic', { type: 'attach', hook: 'post', fn: { name: 'A', path: 'a.so' } })).toBe('blocked-path');
  });
});
