import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json';
import { classicDoc, oasDoc } from '../rules/test-docs';
import { convertPlugins, type ConvertResult } from './convert';

const toOas = (doc: JsonObject) => convertPlugins(doc, 'classic', 'oas');
const toClassic = (doc: JsonObject) => convertPlugins(doc, 'oas', 'classic');
const x = (doc: JsonObject) => doc['x-tyk-api-gateway'] as JsonObject;
const at = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as JsonObject)[k] : undefined), value);
const unmappedPaths = (result: ConvertResult) => result.unmapped.map((f) => f.path.join('.'));
const withPaths = (extended: JsonObject, version: JsonObject = {}) =>
  classicDoc({ version_data: { not_versioned: true, versions: { Default: { name: 'Default', use_extended_paths: true, extended_paths: extended, ...version } } } });

describe('Classic → Tyk OAS → Classic, as the gateway converts (apidef/oas)', () => {
  it('an inline (blob) virtual endpoint keeps its code: function_source_uri becomes body and back (middleware.go VirtualEndpoint.Fill/ExtractTo)', () => {
    const code = Buffer.from('function hello(request, session, config) { return TykJsResponse({Body: "hi", Code: 200}, session.meta_data) }').toString('base64');
    const doc = withPaths({ virtual: [{ path: '/hello', method: 'GET', response_function_name: 'hello', function_source_type: 'blob', function_source_uri: code }] });
    const oas = toOas(doc).doc;
    expect(at(x(oas), 'middleware', 'operations', 'helloGET', 'virtualEndpoint')).toMatchObject({ enabled: true, functionName: 'hello', body: code });
    const back = toClassic(oas).doc;
    expect(at(back, 'version_data', 'versions', 'Default', 'extended_paths', 'virtual')).toEqual([
      expect.objectContaining({ function_source_type: 'blob', function_source_uri: code, path: '/hello', method: 'GET' }),
    ]);
  });

  it('auth_configs.coprocess (where custom auth reads the key) ↔ server.authentication.custom header/cookie/query (authentication.go AuthSources)', () => {
    const doc = classicDoc({
      custom_plugin_auth_enabled: true,
      custom_middleware: { driver: 'grpc', auth_check: { name: 'Auth' } },
      auth_configs: { coprocess: { auth_header_name: 'X-Key', use_cookie: true, cookie_name: 'key', use_param: false } },
    });
    const oas = toOas(doc);
    expect(at(x(oas.doc), 'server', 'authentication', 'custom')).toMatchObject({ enabled: true, header: { enabled: true, name: 'X-Key' }, cookie: { enabled: true, name: 'key' } });
    expect(unmappedPaths(oas)).not.toContain('auth_configs.coprocess');
    const back = toClassic(oas.doc).doc;
    expect(at(back, 'auth_configs', 'coprocess')).toEqual({ disable_header: false, auth_header_name: 'X-Key', use_cookie: true, cookie_name: 'key' });
  });

  it('CORS and cache_options ↔ middleware.global.cors and .cache (middleware.go CORS, Cache)', () => {
    const doc = classicDoc({
      CORS: { enable: true, allowed_origins: ['https://a.example'], allowed_methods: ['GET'], max_age: 600 },
      cache_options: { enable_cache: true, cache_timeout: 30, cache_by_headers: ['X-Tenant'] },
      enable_context_vars: true,
    });
    const oas = toOas(doc);
    const global = at(x(oas.doc), 'middleware', 'global');
    expect(global).toMatchObject({
      cors: { enabled: true, allowedOrigins: ['https://a.example'], allowedMethods: ['GET'], maxAge: 600 },
      cache: { enabled: true, timeout: 30, cacheByHeaders: ['X-Tenant'] },
      contextVariables: { enabled: true },
    });
    expect(unmappedPaths(oas).filter((p) => /CORS|cache_options|enable_context_vars/.test(p))).toEqual([]);
    const back = toClassic(oas.doc).doc;
    expect(back.CORS).toMatchObject({ enable: true, allowed_origins: ['https://a.example'], max_age: 600 });
    expect(back.cache_options).toMatchObject({ enable_cache: true, cache_timeout: 30 });
    expect(back.enable_context_vars).toBe(true);
  });

  it('an allow list stays closed: white_list → allow, black_list → block, ignored → ignoreAuthentication (operation.go fillAllowance)', () => {
    const doc = withPaths({
      white_list: [{ path: '/open', method: 'GET', ignore_case: true }],
      black_list: [{ path: '/admin', method: 'DELETE' }],
      ignored: [{ path: '/health', method_actions: { GET: { action: 'no_action' } } }],
    });
    const ops = at(x(toOas(doc).doc), 'middleware', 'operations');
    expect(ops).toMatchObject({
      openGET: { allow: { enabled: true, ignoreCase: true } },
      adminDELETE: { block: { enabled: true } },
      healthGET: { ignoreAuthentication: { enabled: true } },
    });
    const back = at(toClassic(toOas(doc).doc).doc, 'version_data', 'versions', 'Default', 'extended_paths') as JsonObject;
    expect(back.white_list).toEqual([{ path: '/open', method: 'GET', disabled: false, ignore_case: true }]);
    expect(back.black_list).toEqual([{ path: '/admin', method: 'DELETE', disabled: false, ignore_case: false }]);
  });

  it('mock responses become mockResponse, but Tyk keeps them in OAS only: the way back reports them (fixtures mock_response.yml)', () => {
    const doc = withPaths({ mock_response: [{ path: '/ping', method: 'GET', code: 418, body: 'teapot', headers: { 'content-type': 'text/plain' } }] });
    const oas = toOas(doc).doc;
    expect(at(x(oas), 'middleware', 'operations', 'pingGET')).toMatchObject({
      mockResponse: { enabled: true, code: 418, body: 'teapot', headers: [{ name: 'Content-Type', value: 'text/plain' }] },
      ignoreAuthentication: { enabled: true },
    });
    expect(at(oas, 'paths', '/ping', 'get', 'responses')).toEqual({ '418': { description: '' } });
    const back = toClassic(oas);
    expect(unmappedPaths(back)).toContain('x-tyk-api-gateway.middleware.operations.pingGET.mockResponse');
  });

  it('transforms: body, headers, method and URL rewrite, both ways (middleware.go TransformBody, TransformHeaders, TransformRequestMethod; url_rewrite.go)', () => {
    const doc = withPaths({
      transform: [{ path: '/t', method: 'POST', template_data: { input_type: 'json', template_mode: 'blob', template_source: 'e30=' } }],
      transform_headers: [{ path: '/t', method: 'POST', add_headers: { 'X-A': '1' }, delete_headers: ['X-B'] }],
      method_transforms: [{ path: '/t', method: 'POST', to_method: 'PUT' }],
      url_rewrites: [{ path: '/t', method: 'POST', match_pattern: '/t', rewrite_to: '/u' }],
    });
    const op = at(x(toOas(doc).doc), 'middleware', 'operations', 'tPOST');
    expect(op).toMatchObject({
      transformRequestBody: { enabled: true, format: 'json', body: 'e30=' },
      transformRequestHeaders: { enabled: true, add: [{ name: 'X-A', value: '1' }], remove: ['X-B'] },
      transformRequestMethod: { enabled: true, toMethod: 'PUT' },
      urlRewrite: { enabled: true, pattern: '/t', rewriteTo: '/u' },
    });
    const back = at(toClassic(toOas(doc).doc).doc, 'version_data', 'versions', 'Default', 'extended_paths') as JsonObject;
    expect(back.transform).toEqual([{ path: '/t', method: 'POST', disabled: false, template_data: { input_type: 'json', template_mode: 'blob', template_source: 'e30=', enable_session: true } }]);
    expect(back.method_transforms).toEqual([{ path: '/t', method: 'POST', disabled: false, to_method: 'PUT' }]);
  });

  it('global headers, ignore case and the rate limit skips (middleware.go Global.Fill/ExtractTo, fixtures middleware_global.yml)', () => {
    const doc = withPaths({}, { global_headers: { 'X-Env': 'prod' }, global_response_headers_remove: ['Server'], ignore_endpoint_case: true });
    doc.disable_rate_limit = true;
    const global = at(x(toOas(doc).doc), 'middleware', 'global');
    expect(global).toMatchObject({
      transformRequestHeaders: { enabled: true, add: [{ name: 'X-Env', value: 'prod' }] },
      transformResponseHeaders: { enabled: true, remove: ['Server'] },
      ignoreCase: { enabled: true },
      skipRateLimit: true,
    });
  });

  it('URL rewrite triggers: options maps become rules sorted by input then name, and back (url_rewrite.go fillTriggers, extractTriggers)', () => {
    const trigger = {
      on: 'all',
      options: {
        header_matches: { 'X-B': { match_rx: 'b', reverse: false }, 'X-A': { match_rx: 'a', reverse: true } },
        query_val_matches: { q: { match_rx: '1', reverse: false } },
        payload_matches: { match_rx: 'body', reverse: false },
        path_part_matches: { empty: { match_rx: '', reverse: false } },
      },
      rewrite_to: '/special',
    };
    const doc = withPaths({ url_rewrites: [{ path: '/r', method: 'GET', match_pattern: '/r', rewrite_to: '/s', triggers: [trigger] }] });
    const oas = toOas(doc);
    expect(at(x(oas.doc), 'middleware', 'operations', 'rGET', 'urlRewrite', 'triggers')).toEqual([
      {
        condition: 'all',
        rules: [
          { in: 'query', name: 'q', pattern: '1' },
          { in: 'header', name: 'X-A', pattern: 'a', negate: true },
          { in: 'header', name: 'X-B', pattern: 'b' },
          { in: 'requestBody', pattern: 'body' },
        ],
        rewriteTo: '/special',
      },
    ]);
    const back = at(toClassic(oas.doc).doc, 'version_data', 'versions', 'Default', 'extended_paths', 'url_rewrites') as JsonObject[];
    expect(at(back[0], 'triggers')).toEqual([
      {
        on: 'all',
        options: {
          header_matches: { 'X-A': { match_rx: 'a', reverse: true }, 'X-B': { match_rx: 'b', reverse: false } },
          query_val_matches: { q: { match_rx: '1', reverse: false } },
          path_part_matches: {},
          session_meta_matches: {},
          request_context_matches: {},
          payload_matches: { match_rx: 'body', reverse: false },
        },
        rewrite_to: '/special',
      },
    ]);
  });

  it('what Tyk cannot convert either stays reported: another version’s endpoints', () => {
    const doc = classicDoc({
      version_data: {
        not_versioned: false,
        default_version: 'v1',
        versions: {
          v1: { name: 'v1', extended_paths: { url_rewrites: [{ path: '/a', method: 'GET', match_pattern: 'a', rewrite_to: 'b' }] } },
          v2: { name: 'v2', extended_paths: { white_list: [{ path: '/x', method: 'GET' }] } },
        },
      },
    });
    const paths = unmappedPaths(toOas(doc));
    expect(paths.filter((p) => p.startsWith('version_data.versions.v1'))).toEqual([]);
    expect(paths).toContain('version_data.versions.v2.extended_paths.white_list');
  });

  it('OAS → Classic: operations on paths become extended_paths entries with their method and path', () => {
    const doc = oasDoc(
      { middleware: { operations: { getThing: { allow: { enabled: true }, enforceTimeout: { enabled: true, value: 5 } } } } },
      { '/things/{id}': { get: { operationId: 'getThing', responses: {} } } },
    );
    const ep = at(toClassic(doc).doc, 'version_data', 'versions', 'Default', 'extended_paths') as JsonObject;
    expect(ep.white_list).toEqual([{ path: '/things/{id}', method: 'GET', disabled: false, ignore_case: false }]);
    expect(ep.hard_timeouts).toEqual([{ path: '/things/{id}', method: 'GET', disabled: false, timeout: 5 }]);
  });
});
