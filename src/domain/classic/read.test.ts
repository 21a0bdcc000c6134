import { describe, expect, it } from 'vitest';
import { readFindings, readPluginModel } from '../definition/read';
import type { JsonObject } from '../json';

const classic: JsonObject = {
  api_id: 'a1',
  use_keyless: false,
  enable_coprocess_auth: true,
  custom_middleware: {
    pre: [{ name: 'Pre1', path: 'pre.js', require_session: false }, { name: 'Pre2', disabled: true }],
    post_key_auth: [{ name: 'PostAuth', raw_body_only: true }],
    post: [{ name: 'Post', require_session: true }],
    response: [{ name: 'Resp', path: 'r.so' }],
    auth_check: { name: 'Auth', path: 'auth.py' },
    id_extractor: { extract_from: 'header', extract_with: 'value', extractor_config: { header_name: 'Authorization' } },
    driver: 'python',
  },
  analytics_plugin: { enable: true, func_name: 'Mask', plugin_path: 'an.so' },
  custom_middleware_bundle: 'a.zip, b.zip',
  custom_middleware_bundle_disabled: false,
  config_data: { k: 'v' },
  config_data_disabled: true,
  version_data: {
    versions: {
      Default: {
        extended_paths: {
          go_plugin: [{ path: '/go', method: 'GET', plugin_path: 'ep.so', func_name: 'EP', disabled: false }],
          virtual: [{ path: '/v', method: 'POST', response_function_name: 'vfn', function_source_uri: 'v.js', use_session: true }],
          white_list: [{ path: '/w', method_actions: { GET: {}, PUT: {} } }],
        },
      },
    },
  },
};

describe('readClassic', () => {
  const model = readPluginModel(classic, 'classic');

  it('reads the driver and every hook in order', () => {
    expect(model.driver).toBe('python');
    expect(model.hooks.pre.functions.map((f) => [f.name, f.enabled])).toEqual([
      ['Pre1', true],
      ['Pre2', false],
    ]);
    expect(model.hooks.pre.functions[1]?.source).toEqual(['custom_middleware', 'pre', 1]);
    expect(model.hooks.postAuth.functions[0]).toMatchObject({ name: 'PostAuth', rawBodyOnly: true });
    expect(model.hooks.post.functions[0]).toMatchObject({ name: 'Post', requireSession: true });
    expect(model.hooks.response.functions[0]).toMatchObject({ name: 'Resp', path: 'r.so' });
    expect(model.hooks.auth.functions).toEqual([
      { name: 'Auth', path: 'auth.py', enabled: true, requireSession: false, rawBodyOnly: false, source: ['custom_middleware', 'auth_check'] },
    ]);
    expect(model.hooks.analytics.functions[0]).toMatchObject({ name: 'Mask', path: 'an.so', enabled: true });
  });

  it('reads custom auth switches, keyless and the id extractor', () => {
    expect(model.customAuthEnabled).toBe(true);
    expect(model.authSwitches?.find((s) => s.on)?.field).toBe('enable_coprocess_auth');
    expect(model.keyless).toBe(false);
    expect(model.idExtractor?.['extract_from']).toBe('header');
  });

  it('reads per-endpoint plugins and endpoints', () => {
    expect(model.endpointPlugins.map((e) => [e.kind, e.method, e.path, e.fn.name, e.version])).toEqual([
      ['goPlugin', 'GET', '/go', 'EP', 'Default'],
      ['virtual', 'POST', '/v', 'vfn', 'Default'],
    ]);
    expect(model.endpointPlugins[1]?.fn.requireSession).toBe(true);
    expect(model.endpoints.map((e) => `${e.method} ${e.path}`)).toEqual(['GET /go', 'POST /v', 'GET /w', 'PUT /w']);
  });

  it('reads bundles as a comma-separated list and config data', () => {
    expect(model.bundle).toMatchObject({ paths: ['a.zip', 'b.zip'], enabled: true });
    expect(model.configData).toMatchObject({ enabled: false, value: { k: 'v' } });
  });

  it('treats an empty auth_check as no auth function', () => {
    const m = readPluginModel({ api_id: 'x', custom_middleware: { auth_check: { name: '', path: '' } } }, 'classic');
    expect(m.hooks.auth.functions).toEqual([]);
    expect(m.customAuthEnabled).toBe(false);
  });

  it('reads wrong types as empty and reports them with paths', () => {
    const bad: JsonObject = {
      api_id: 'x',
      custom_middleware: { pre: { name: 'x' }, post: [5, { name: 7 }], auth_check: 'x', driver: 3, response: null },
      analytics_plugin: [],
      custom_middleware_bundle: 12,
      version_data: { versions: { v1: { extended_paths: { go_plugin: 'no' } } } },
    };
    const m = readPluginModel(bad, 'classic');
    expect(m.hooks.pre.functions).toEqual([]);
    expect(m.hooks.post.functions.map((f) => f.name)).toEqual(['']);
    expect(m.driver).toBe('');
    const findings = readFindings(bad, 'classic');
    const at = (code: string) => findings.filter((f) => f.code === code).map((f) => f.path.join('.'));
    expect(at('wrong-type').sort()).toEqual([
      'custom_middleware.pre',
      'custom_middleware.auth_check',
      'custom_middleware.post.0',
      'custom_middleware.post.1.name',
      'analytics_plugin',
      'custom_middleware.driver',
      'custom_middleware_bundle',
      'version_data.versions.v1.extended_paths.go_plugin',
    ].sort());
    expect(at('null-as-empty')).toEqual(['custom_middleware.response']);
  });

  it('reports nothing for a clean definition', () => {
    expect(readFindings(classic, 'classic')).toEqual([]);
  });
});

describe('Classic virtual endpoints with inline source', () => {
  it('reads a blob virtual endpoint with no file path', () => {
    const doc: JsonObject = {
      api_id: 'v',
      version_data: { versions: { Default: { extended_paths: { virtual: [{ path: '/v', method: 'GET', response_function_name: 'fn', function_source_type: 'blob', function_source_uri: 'ZnVuY3Rpb24gZm4oKXt9' }] } } } },
    };
    expect(readPluginModel(doc, 'classic').endpointPlugins[0]?.fn).toMatchObject({ name: 'fn', path: '' });
  });
});
