import { describe, expect, it } from 'vitest';
import { readPluginModel } from '../definition/read';
import type { JsonObject } from '../json';
import { describeWithShared, readSharedJson } from '../create/testing/tyk-schemas';
import { bundlesInUse, runningModel } from './running-model';

// gateway/coprocess_bundle.go: Bundle.AddToSpec (one bundle), loadBundleWithFs and mergeBundleManifest (several).
const classic = (extra: JsonObject): JsonObject => ({
  api_id: 'a1',
  use_keyless: false,
  custom_middleware: { driver: 'otto', pre: [{ name: 'InlinePre', path: 'pre.js' }], auth_check: { name: 'InlineAuth', path: 'auth.js' } },
  ...extra,
});
const manifest = (cm: JsonObject): JsonObject => ({ file_list: [], custom_middleware: cm, checksum: '', signature: '' });

describe('runningModel', () => {
  it('leaves the definition as it is when no bundle is in use, or the bundle is disabled', () => {
    const none = readPluginModel(classic({}), 'classic');
    expect(runningModel(none)).toBe(none);
    const disabled = readPluginModel(classic({ custom_middleware_bundle: 'b.zip', custom_middleware_bundle_disabled: true }), 'classic');
    expect(bundlesInUse(disabled)).toEqual([]);
    expect(runningModel(disabled, { 'b.zip': manifest({ driver: 'python' }) })).toBe(disabled);
  });

  it('without the manifest: the hooks are unknown, not the definition’s', () => {
    const model = readPluginModel(classic({ custom_middleware_bundle: 'b.zip' }), 'classic');
    const running = runningModel(model, {});
    expect(running.bundleHooks).toEqual({ names: ['b.zip'], missing: ['b.zip'], read: false });
    expect(running.hooks.pre.functions).toEqual([]);
    expect(running.hooks.auth.functions).toEqual([]);
    expect(running.driver).toBe('');
  });

  it('one bundle replaces custom_middleware whole (AddToSpec): driver, hooks, auth_check, id_extractor', () => {
    const model = readPluginModel(classic({ custom_middleware_bundle: 'b.zip' }), 'classic');
    const running = runningModel(model, {
      'b.zip': manifest({
        driver: 'python',
        post: [{ name: 'MyPost' }],
        auth_check: { name: 'MyAuth' },
        id_extractor: { extract_from: 'header', extract_with: 'value', extractor_config: { header_name: 'Authorization' } },
      }),
    });
    expect(running.driver).toBe('python');
    expect(running.hooks.pre.functions).toEqual([]);
    expect(running.hooks.post.functions.map((fn) => [fn.name, fn.bundle])).toEqual([['MyPost', 'b.zip']]);
    expect(running.hooks.auth.functions[0]?.name).toBe('MyAuth');
    expect(running.hooks.post.functions[0]?.source).toEqual(['custom_middleware_bundle']);
    expect(running.idExtractor?.extract_with).toBe('value');
    expect(running.bundleHooks).toEqual({ names: ['b.zip'], missing: [], read: true });
    // What the API switches stays the API's: the manifest cannot switch custom auth on.
    expect(running.customAuthEnabled).toBe(model.customAuthEnabled);
  });

  it('traffic_logs of a single bundle becomes the analytics plugin, unless disabled', () => {
    const model = readPluginModel(classic({ custom_middleware_bundle: 'b.zip' }), 'classic');
    const on = runningModel(model, { 'b.zip': manifest({ driver: 'goplugin', traffic_logs: { name: 'Log', path: 'log.so' } }) });
    expect(on.hooks.analytics.functions.map((fn) => [fn.name, fn.path, fn.enabled])).toEqual([['Log', 'log.so', true]]);
    const off = runningModel(model, { 'b.zip': manifest({ driver: 'goplugin', traffic_logs: { name: 'Log', disabled: true } }) });
    expect(off.hooks.analytics.functions).toEqual([]);
  });

  it('several bundles merge in order: lists appended, one auth_check, the first id_extractor', () => {
    const model = readPluginModel(classic({ custom_middleware_bundle: 'a.zip, b.zip' }), 'classic');
    const running = runningModel(model, {
      'a.zip': manifest({ driver: 'grpc', pre: [{ name: 'A1' }], auth_check: { name: 'Auth' } }),
      'b.zip': manifest({ pre: [{ name: 'B1' }], post: [{ name: 'B2' }], id_extractor: { extract_from: 'header', extract_with: 'value' } }),
    });
    expect(running.driver).toBe('grpc');
    expect(running.hooks.pre.functions.map((fn) => `${fn.bundle}:${fn.name}`)).toEqual(['a.zip:A1', 'b.zip:B1']);
    expect(running.hooks.auth.functions.map((fn) => fn.name)).toEqual(['Auth']);
    expect(running.idExtractor?.extract_from).toBe('header');
    expect(running.bundleHooks?.refusal).toBeUndefined();
  });

  it('several bundles with different drivers, or two auth_checks, are refused', () => {
    const model = readPluginModel(classic({ custom_middleware_bundle: 'a.zip,b.zip' }), 'classic');
    const drivers = runningModel(model, { 'a.zip': manifest({ driver: 'grpc' }), 'b.zip': manifest({ driver: 'python' }) });
    expect(drivers.bundleHooks?.refusal?.code).toBe('bundle-mixed-drivers');
    expect(drivers.bundleHooks?.refusal?.reason).toMatch(/driver "python".*"grpc"/);
    const auths = runningModel(model, { 'a.zip': manifest({ auth_check: { name: 'A' } }), 'b.zip': manifest({ auth_check: { name: 'B' } }) });
    expect(auths.bundleHooks?.refusal?.code).toBe('bundle-two-auth-checks');
  });

  it('Tyk OAS: pluginConfig.bundle {enabled, path} is the bundle', () => {
    const doc: JsonObject = {
      openapi: '3.0.3',
      'x-tyk-api-gateway': {
        middleware: { global: { pluginConfig: { driver: 'otto', bundle: { enabled: true, path: 'oas.zip' } }, prePlugins: [{ enabled: true, functionName: 'Inline', path: 'x.js' }] } },
      },
    };
    const running = runningModel(readPluginModel(doc, 'oas'), { 'oas.zip': manifest({ driver: 'javascript', pre: [{ name: 'FromBundle', path: 'b.js' }] }) });
    expect(running.hooks.pre.functions.map((fn) => fn.name)).toEqual(['FromBundle']);
    expect(running.hooks.pre.functions[0]?.source).toEqual(['x-tyk-api-gateway', 'middleware', 'global', 'pluginConfig', 'bundle']);
  });

  it('never throws on manifests of the wrong shape', () => {
    const model = readPluginModel(classic({ custom_middleware_bundle: 'a.zip,b.zip' }), 'classic');
    for (const bad of [null, 'x', [], { custom_middleware: 'x' }, { custom_middleware: { pre: 'x', auth_check: [] } }]) {
      expect(() => runningModel(model, { 'a.zip': bad as never, 'b.zip': manifest({}) })).not.toThrow();
    }
  });
});

describeWithShared(
  ['examples/classic/python-bundle-apidef.json', 'examples/bundles/python-manifest.json'],
  'runningModel on Tyk’s python bundle test (ci/tests/python-plugins)',
  () => {
    it('the manifest’s python post hook is what runs', () => {
      const doc = readSharedJson('examples/classic/python-bundle-apidef.json') as JsonObject;
      const model = readPluginModel(doc, 'classic');
      expect(bundlesInUse(model)).toEqual(['bundle.zip']);
      const running = runningModel(model, { 'bundle.zip': readSharedJson('examples/bundles/python-manifest.json') as JsonObject });
      expect(running.driver).toBe('python');
      expect(running.hooks.post.functions.map((fn) => fn.name)).toEqual(['MyFooBarHeader']);
    });
  },
);
