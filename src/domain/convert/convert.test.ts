import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json';
import { readPluginModel } from '../definition/read';
import { compileSchema, readSharedJson, schemaErrors, sharedFileExists } from '../create/testing/tyk-schemas';
import { classicDoc } from '../rules/test-docs';
import { convertPlugins } from './convert';

const pluginClassic = (): JsonObject =>
  classicDoc({
    custom_plugin_auth_enabled: true,
    custom_middleware: {
      driver: 'python',
      pre: [{ name: 'MyPre', path: '', require_session: false, raw_body_only: true, disabled: false }],
      post_key_auth: [
        { name: 'MyPostAuth', path: '', require_session: true, raw_body_only: false, disabled: false },
      ],
      post: [{ name: 'MyPost', path: '', require_session: false, raw_body_only: false, disabled: true }],
      response: [
        { name: 'MyResponse', path: '', require_session: false, raw_body_only: false, disabled: false },
      ],
      auth_check: { name: 'MyAuth', path: '', require_session: false, raw_body_only: false, disabled: false },
      id_extractor: {
        disabled: false,
        extract_from: 'header',
        extract_with: 'value',
        extractor_config: { header_name: 'Authorization' },
      },
    },
    custom_middleware_bundle: 'bundle.zip',
    config_data: { region: 'eu' },
    analytics_plugin: { enable: true, plugin_path: 'analytics.so', func_name: 'Mask' },
    version_data: {
      not_versioned: true,
      versions: {
        Default: {
          name: 'Default',
          extended_paths: {
            go_plugin: [
              {
                disabled: false,
                path: '/anything',
                method: 'GET',
                plugin_path: 'ep.so',
                func_name: 'Endpoint',
              },
            ],
            virtual: [
              {
                disabled: false,
                path: '/users/{id}',
                method: 'POST',
                response_function_name: 'virt',
                function_source_type: 'file',
                function_source_uri: 'virt.js',
                use_session: true,
                proxy_on_error: true,
              },
            ],
            cache: ['/cached'],
          },
        },
      },
    },
    enable_jwt: false,
    CORS: { enable: true },
  });

/** The parts of the model a conversion must keep, without the JSON paths (which differ per format). */
function essentials(doc: JsonObject, format: 'classic' | 'oas') {
  const model = readPluginModel(doc, format);
  const strip = (fn: {
    name: string;
    path: string;
    enabled: boolean;
    requireSession: boolean;
    rawBodyOnly: boolean;
  }) => ({
    name: fn.name,
    path: fn.path,
    enabled: fn.enabled,
    requireSession: fn.requireSession,
    rawBodyOnly: fn.rawBodyOnly,
  });
  return {
    driver: model.driver,
    keyless: model.keyless,
    customAuthEnabled: model.customAuthEnabled,
    hooks: Object.fromEntries(Object.entries(model.hooks).map(([hook, b]) => [hook, b.functions.map(strip)])),
    endpoints: model.endpointPlugins.map((p) => ({
      kind: p.kind,
      method: p.method.toUpperCase(),
      path: p.path,
      fn: strip(p.fn),
    })),
    bundle: { paths: model.bundle.paths, enabled: model.bundle.enabled },
    configData: { enabled: model.configData.enabled, value: model.configData.value },
  };
}

describe('convertPlugins Classic -> OAS', () => {
  const { doc, unmapped } = convertPlugins(pluginClassic(), 'classic', 'oas');
  const x = doc['x-tyk-api-gateway'] as JsonObject;

  it('carries every plugin setting', () => {
    const converted = essentials(doc, 'oas');
    const original = essentials(pluginClassic(), 'classic');
    expect(converted.hooks).toEqual(original.hooks);
    expect(converted.driver).toBe('python');
    expect(converted.customAuthEnabled).toBe(true);
    expect(converted.bundle).toEqual(original.bundle);
    expect(converted.configData).toEqual(original.configData);
    expect(converted.endpoints.map((e) => [e.kind, e.method, e.path])).toEqual([
      ['goPlugin', 'GET', '/anything'],
      ['virtual', 'POST', '/users/{id}'],
    ]);
  });

  it("creates paths with Tyk's generated operationIds", () => {
    const paths = doc.paths as JsonObject;
    // apidef/oas/operation.go getOperationID: the path without its slash, then the method as written.
    expect((paths['/anything'] as JsonObject).get).toMatchObject({ operationId: 'anythingGET' });
    expect((x.middleware as JsonObject).operations).toMatchObject({
      anythingGET: { postPlugins: [{ enabled: true, functionName: 'Endpoint', path: 'ep.so' }] },
      'users/{id}POST': {
        virtualEndpoint: { functionName: 'virt', path: 'virt.js', requireSession: true, proxyOnError: true },
      },
    });
  });

  it('maps the id extractor to the OAS shape', () => {
    expect(x.server).toMatchObject({
      authentication: {
        enabled: true,
        custom: {
          enabled: true,
          config: {
            idExtractor: {
              enabled: true,
              source: 'header',
              with: 'value',
              config: { headerName: 'Authorization' },
            },
          },
        },
      },
    });
  });

  it('lists what did not map, with paths', () => {
    const paths = unmapped.map((f) => f.path.join('.'));
    // CORS converts (apidef/oas/middleware.go CORS.Fill); a plain cache list without use_extended_paths does not (MigrateCachePlugin).
    expect(paths).not.toContain('CORS');
    expect((x.middleware as JsonObject).global).toMatchObject({ cors: { enabled: true } });
    expect(paths).toContain('version_data.versions.Default.extended_paths.cache');
    expect(paths).not.toContain('custom_middleware');
  });

  const schemaPresent = sharedFileExists('schema/x-tyk-api-gateway.json');
  it.skipIf(!schemaPresent)('produces an x-tyk-api-gateway the gateway schema accepts', () => {
    const validate = compileSchema(readSharedJson('schema/x-tyk-api-gateway.json'));
    const ok = validate(x);
    expect(schemaErrors(validate)).toEqual([]);
    expect(ok).toBe(true);
  });
});

describe('convertPlugins OAS -> Classic', () => {
  it('round-trips the plugin model Classic -> OAS -> Classic', () => {
    const oas = convertPlugins(pluginClassic(), 'classic', 'oas').doc;
    const back = convertPlugins(oas, 'oas', 'classic').doc;
    expect(essentials(back, 'classic')).toEqual(essentials(pluginClassic(), 'classic'));
  });

  it('reads the older singular OAS shape and reports operations missing from paths', () => {
    const oas: JsonObject = {
      openapi: '3.0.3',
      info: { title: 'Legacy', version: '1' },
      paths: {},
      'x-tyk-api-gateway': {
        info: { name: 'Legacy', state: { active: true } },
        upstream: { url: 'http://u' },
        server: { listenPath: { value: '/legacy/' }, authentication: { enabled: false } },
        middleware: {
          global: {
            pluginConfig: { driver: 'otto' },
            prePlugin: { plugins: [{ enabled: true, functionName: 'pre', path: 'pre.js' }] },
          },
          operations: { ghost: { postPlugins: [{ enabled: true, functionName: 'G', path: 'g.so' }] } },
        },
      },
    };
    const { doc, unmapped } = convertPlugins(oas, 'oas', 'classic');
    expect(doc.use_keyless).toBe(true);
    expect(doc.custom_middleware).toMatchObject({
      driver: 'otto',
      pre: [{ name: 'pre', path: 'pre.js', disabled: false }],
    });
    expect(unmapped.map((f) => f.path.join('.'))).toContain(
      'x-tyk-api-gateway.middleware.operations.ghost.postPlugins.0',
    );
  });

  it('never throws on malformed input', () => {
    expect(() => convertPlugins({ 'x-tyk-api-gateway': [] } as never, 'oas', 'classic')).not.toThrow();
    expect(() =>
      convertPlugins({ custom_middleware: 'x', version_data: 3 } as never, 'classic', 'oas'),
    ).not.toThrow();
  });
});
