import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json';
import { classicDoc } from '../rules/test-docs';
import { convertPlugins } from './convert';
import { durationToSeconds, secondsToDuration } from './readable-duration';

// Per-operation and API-wide middleware, as TykTechnologies/tyk apidef/oas (at 31e219be) converts them; each test
// names the Go file, function and the line it starts on.
const toOas = (doc: JsonObject) => convertPlugins(doc, 'classic', 'oas');
const toClassic = (doc: JsonObject) => convertPlugins(doc, 'oas', 'classic');
const at = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as JsonObject)[k] : undefined), value);
const x = (doc: JsonObject, ...keys: string[]) => at(doc, 'x-tyk-api-gateway', ...keys);
const withVersion = (version: JsonObject, extra: JsonObject = {}) =>
  classicDoc({ version_data: { not_versioned: true, versions: { Default: { name: 'Default', use_extended_paths: true, ...version } } }, ...extra });
const withPaths = (extended: JsonObject, extra: JsonObject = {}) => withVersion({ extended_paths: extended }, extra);
const mainVersion = (classic: JsonObject) => at(classic, 'version_data', 'versions', 'Default') as JsonObject;

describe('per-endpoint rate limit (operation.go:994 fillRateLimitEndpoints, upstream.go:982 RateLimitEndpoint.Fill)', () => {
  it('rate_limit → rateLimit with the rate as an integer and per as a duration, and back (operation.go:1009, upstream.go:989)', () => {
    const oas = toOas(withPaths({ rate_limit: [{ path: '/orders', method: 'POST', rate: 12.9, per: 90 }] }));
    expect(x(oas.doc, 'middleware', 'operations', 'ordersPOST', 'rateLimit')).toEqual({ enabled: true, rate: 12, per: '1m30s' });
    expect(oas.unmapped).toEqual([]);
    const back = toClassic(oas.doc);
    expect(at(mainVersion(back.doc), 'extended_paths', 'rate_limit')).toEqual([{ path: '/orders', method: 'POST', disabled: false, rate: 12, per: 90 }]);
    expect(back.unmapped).toEqual([]);
  });

  it('an entry that says nothing is left out (ShouldOmit), the operation stays', () => {
    const oas = toOas(withPaths({ rate_limit: [{ path: '/orders', method: 'GET', disabled: true, rate: 0, per: 0 }] })).doc;
    expect(x(oas, 'middleware', 'operations', 'ordersGET')).toEqual({});
    expect(at(oas, 'paths', '/orders', 'get', 'operationId')).toBe('ordersGET');
  });
});

describe('JSON validation (operation.go:843 fillOASValidateRequest)', () => {
  const schema = { type: 'object', required: ['id'], properties: { id: { type: 'integer' } } };

  it('validate_json → the request body schema and validateRequest', () => {
    const oas = toOas(withPaths({ validate_json: [{ path: '/orders/{id}', method: 'PUT', schema, error_response_code: 400, disabled: false }] }));
    expect(at(oas.doc, 'paths', '/orders/{id}', 'put', 'requestBody')).toEqual({ content: { 'application/json': { schema } } });
    expect(x(oas.doc, 'middleware', 'operations', 'orders/{id}PUT', 'validateRequest')).toEqual({ enabled: true, errorResponseCode: 400 });
    expect(oas.unmapped).toEqual([]);
  });

  it('off and without a code the Tyk part is left out, the schema stays (ShouldOmit after ValidateRequest.Fill, operation.go:791)', () => {
    const oas = toOas(withPaths({ validate_json: [{ path: '/a', method: 'POST', schema, disabled: true }] })).doc;
    expect(x(oas, 'middleware', 'operations', 'aPOST')).toEqual({});
    expect(at(oas, 'paths', '/a', 'post', 'requestBody', 'content', 'application/json', 'schema')).toEqual(schema);
  });

  it('stays Tyk OAS only on the way back: extractPathsAndOperations never extracts it (operation.go:282), and says so', () => {
    const oas = toOas(withPaths({ validate_json: [{ path: '/a', method: 'POST', schema }] })).doc;
    const back = toClassic(oas);
    expect(at(mainVersion(back.doc), 'extended_paths', 'validate_json')).toBeUndefined();
    expect(back.unmapped.map((f) => [f.path.join('.'), f.message.split(': ').pop()])).toEqual([
      ['x-tyk-api-gateway.middleware.operations.aPOST.validateRequest', 'the gateway keeps it in Tyk OAS only.'],
    ]);
  });
});

describe('API-wide middleware (middleware.go Global.Fill/ExtractTo, root.go XTykAPIGateway)', () => {
  it('global_size_limit → requestSizeLimit, and back (middleware.go:1863 GlobalRequestSizeLimit.Fill, :1879 ExtractTo)', () => {
    const oas = toOas(withVersion({ global_size_limit: 2048, global_size_limit_disabled: true }));
    expect(x(oas.doc, 'middleware', 'global', 'requestSizeLimit')).toEqual({ enabled: false, value: 2048 });
    expect(oas.unmapped).toEqual([]);
    expect(mainVersion(toClassic(oas.doc).doc)).toMatchObject({ global_size_limit: 2048, global_size_limit_disabled: true });
    expect(x(toOas(withVersion({ global_size_limit: 0 })).doc, 'middleware', 'global', 'requestSizeLimit')).toBeUndefined();
  });

  it('a zero requestSizeLimit switches the Classic limit off (middleware.go:1879)', () => {
    const oas = toOas(classicDoc()).doc;
    (x(oas, 'middleware', 'global') as JsonObject).requestSizeLimit = { enabled: true, value: 0 };
    expect(mainVersion(toClassic(oas).doc)).toMatchObject({ global_size_limit: 0, global_size_limit_disabled: true });
  });

  it('trafficLogs is written for every API that records analytics, with tag headers and retention (middleware.go:1793 TrafficLogs.Fill)', () => {
    const oas = toOas(classicDoc({ tag_headers: ['X-Team'], expire_analytics_after: 604800 }));
    expect(x(oas.doc, 'middleware', 'global', 'trafficLogs')).toEqual({ enabled: true, tagHeaders: ['X-Team'], customRetentionPeriod: '168h' });
    expect(oas.unmapped).toEqual([]);
    const back = toClassic(oas.doc).doc;
    expect(back).toMatchObject({ do_not_track: false, tag_headers: ['X-Team'], expire_analytics_after: 604800 });
    // do_not_track and nothing else: the gateway leaves trafficLogs out, and reads its absence as do_not_track.
    const quiet = toOas(classicDoc({ do_not_track: true })).doc;
    expect(x(quiet, 'middleware')).toBeUndefined();
    expect(toClassic(quiet).doc.do_not_track).toBe(true);
  });

  it('a Tyk OAS API without trafficLogs records no analytics: do_not_track (middleware.go:1808 TrafficLogs.ExtractTo)', () => {
    const oas = toOas(classicDoc()).doc;
    delete (x(oas, 'middleware', 'global') as JsonObject).trafficLogs;
    expect(toClassic(oas).doc.do_not_track).toBe(true);
  });

  it('trafficLogs fields the conversion does not know are reported', () => {
    const oas = toOas(classicDoc()).doc;
    (x(oas, 'middleware', 'global', 'trafficLogs') as JsonObject).sampling = { rate: 0.5 };
    expect(toClassic(oas).unmapped.map((f) => f.path.join('.'))).toEqual(['x-tyk-api-gateway.middleware.global.trafficLogs.sampling']);
  });

  const overrides: JsonObject = {
    '500': [{ match: { flag: 'UCF', message_pattern: 'refused' }, response: { status_code: 503, body: '{"error":"down"}', headers: { 'Retry-After': '30' } } }],
    '401': [{ response: { status_code: 401, template: 'auth_error', message: 'Log in' } }],
  };

  it('error_overrides → errorOverrides, and back (root.go:28 XTykAPIGateway.Fill, error_overrides.go:26 Fill, :100 ErrorOverride.Fill)', () => {
    const oas = toOas(classicDoc({ error_overrides: overrides }));
    expect(x(oas.doc, 'errorOverrides')).toEqual({
      enabled: true,
      value: {
        '500': [{ match: { flag: 'UCF', messagePattern: 'refused' }, response: { statusCode: 503, body: '{"error":"down"}', headers: { 'Retry-After': '30' } } }],
        '401': [{ response: { statusCode: 401, message: 'Log in', template: 'auth_error' } }],
      },
    });
    expect(oas.unmapped).toEqual([]);
    const back = toClassic(oas.doc);
    expect(back.doc).toMatchObject({ error_overrides_disabled: false, error_overrides: overrides });
    expect(back.unmapped).toEqual([]);
  });

  it('no override, nothing written: the gateway\'s lone {enabled: true} changes nothing (root.go:43)', () => {
    expect(x(toOas(classicDoc()).doc, 'errorOverrides')).toBeUndefined();
    expect(x(toOas(classicDoc({ error_overrides: overrides, error_overrides_disabled: true })).doc, 'errorOverrides', 'enabled')).toBe(false);
  });
});

describe('ReadableDuration (internal/time/duration.go)', () => {
  it('formats whole seconds as the gateway does, zero as 0s', () => {
    expect([0, 1, 59, 60, 3600, 3661, 90061, -30, 12.7].map(secondsToDuration)).toEqual(['0s', '1s', '59s', '1m', '1h', '1h1m1s', '25h1m1s', '-30s', '12s']);
  });

  it("parses Go's durations, floored to seconds; what Go refuses is zero", () => {
    expect(['1h30m', '90s', '1.5h', '1500ms', '2m0.9s', '0', '', 'soon', '5', '-1m'].map(durationToSeconds)).toEqual([5400, 90, 5400, 1, 120, 0, 0, 0, 0, -60]);
  });
});
