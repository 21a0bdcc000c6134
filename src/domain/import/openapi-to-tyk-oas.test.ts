import { describe, expect, it } from 'vitest';
import { compileSchema, readSharedJson, schemaErrors, sharedFileExists } from '../create/testing/tyk-schemas';
import { isJsonObject, type JsonObject } from '../json';
import { openApiImportFindings } from './openapi-import-findings';
import { openApiImportDefaults, tykOasFromOpenApi, upstreamFromServers } from './openapi-to-tyk-oas';

const plain: JsonObject = {
  openapi: '3.0.3',
  info: { title: 'Refunds', version: '2.1.0', description: 'Money back' },
  servers: [{ url: 'https://{region}.refunds.example/v2', variables: { region: { default: 'eu' } } }],
  paths: {
    '/refunds/{id}': { post: { operationId: 'createRefund', responses: { '200': { description: 'ok' } } } },
  },
  components: { schemas: { Refund: { type: 'object' } } },
};

function gatewayOf(doc: JsonObject): JsonObject {
  const x = doc['x-tyk-api-gateway'];
  if (!isJsonObject(x)) throw new Error('no x-tyk-api-gateway');
  return x;
}

describe('tykOasFromOpenApi', () => {
  it('keeps the document verbatim and in order, and appends x-tyk-api-gateway', () => {
    const before = structuredClone(plain);
    const doc = tykOasFromOpenApi(plain, { listenPath: '/refunds' });
    expect(Object.keys(doc)).toEqual([...Object.keys(plain), 'x-tyk-api-gateway']);
    for (const key of Object.keys(plain)) expect(doc[key]).toEqual(plain[key]);
    expect(plain).toEqual(before);
    expect(gatewayOf(doc)).toEqual({
      info: { name: 'Refunds', state: { active: true } },
      upstream: { url: 'https://eu.refunds.example/v2' },
      server: { listenPath: { value: '/refunds/', strip: true } },
    });
  });

  it('uses the name and upstream given over info.title and servers', () => {
    const doc = tykOasFromOpenApi(plain, {
      name: ' Refunds v2 ',
      listenPath: '/r/',
      upstreamUrl: 'http://refunds:8080',
    });
    const x = gatewayOf(doc);
    expect(x.info).toEqual({ name: 'Refunds v2', state: { active: true } });
    expect(x.upstream).toEqual({ url: 'http://refunds:8080' });
  });

  it('keeps the settings of an x-tyk-api-gateway already there', () => {
    const withX: JsonObject = {
      ...plain,
      'x-tyk-api-gateway': {
        info: { name: 'Old', id: 'abc', state: { active: false } },
        middleware: { global: { pluginConfig: { driver: 'python' } } },
        server: { listenPath: { value: '/old/', strip: false }, authentication: { enabled: true } },
      },
    };
    const x = gatewayOf(
      tykOasFromOpenApi(withX, { listenPath: '/new/', upstreamUrl: 'https://new.internal' }),
    );
    expect(x).toEqual({
      info: { name: 'Refunds', id: 'abc', state: { active: false } },
      middleware: { global: { pluginConfig: { driver: 'python' } } },
      server: { listenPath: { value: '/new/', strip: false }, authentication: { enabled: true } },
      upstream: { url: 'https://new.internal' },
    });
  });

  it('falls back to a readable name and an empty upstream on a bare document, without throwing', () => {
    const x = gatewayOf(
      tykOasFromOpenApi({ openapi: '3.0.0', info: 'nope', servers: 'x', paths: {} }, { listenPath: '/a/' }),
    );
    expect(x.info).toEqual({ name: 'Imported API', state: { active: true } });
    expect(x.upstream).toEqual({ url: '' });
  });
});

describe('upstreamFromServers and defaults', () => {
  it('refuses relative and non-http server URLs', () => {
    expect(upstreamFromServers({ servers: [{ url: '/api/v3' }] })).toBeUndefined();
    expect(upstreamFromServers({ servers: [{ url: 'javascript:alert(1)' }] })).toBeUndefined();
    expect(upstreamFromServers({ servers: [{ url: 'https://{constructor}.x' }] })).toBeUndefined();
    expect(upstreamFromServers({ servers: [{ url: 'http://a.example' }, { url: 'http://b.example' }] })).toBe(
      'http://a.example',
    );
  });

  it('suggests a name, listen path and upstream for the import form', () => {
    expect(openApiImportDefaults(plain)).toEqual({
      name: 'Refunds',
      listenPath: '/refunds/',
      upstreamUrl: 'https://eu.refunds.example/v2',
    });
    expect(openApiImportDefaults({})).toEqual({
      name: 'Imported API',
      listenPath: '/imported-api/',
      upstreamUrl: '',
    });
  });
});

describe('openApiImportFindings', () => {
  it('has nothing to say about a good import', () => {
    expect(openApiImportFindings(plain, { listenPath: '/refunds/' })).toEqual([]);
  });

  it('asks for an upstream when the first server is relative', () => {
    const findings = openApiImportFindings(
      { ...plain, servers: [{ url: '/api/v3' }] },
      { listenPath: '/p/' },
    );
    expect(findings.map((f) => f.code)).toEqual(['upstream-missing']);
    expect(findings[0]?.message).toContain('"/api/v3"');
  });

  it('refuses a bad listen path, a bad upstream and a non-3.x document', () => {
    const codes = openApiImportFindings(
      { ...plain, openapi: '2.0' },
      { listenPath: 'x y', upstreamUrl: 'ftp://a' },
    ).map((f) => f.code);
    expect(codes).toEqual(['openapi-version', 'listen-path', 'upstream-url']);
  });
});

const petstorePath = 'examples/oas/petstore-no-responses.json';
describe.skipIf(!sharedFileExists(petstorePath) || !sharedFileExists('schema/x-tyk-api-gateway.json'))(
  'an imported OpenAPI document validates as Tyk OAS',
  () => {
    it('petstore, with the upstream asked for', () => {
      const petstore = readSharedJson(petstorePath) as JsonObject;
      expect(openApiImportFindings(petstore, { listenPath: '/petstore/' }).map((f) => f.code)).toEqual([
        'upstream-missing',
      ]);
      const doc = tykOasFromOpenApi(petstore, {
        listenPath: '/petstore/',
        upstreamUrl: 'https://petstore3.swagger.io/api/v3',
      });
      const xTyk = compileSchema(readSharedJson('schema/x-tyk-api-gateway.json'));
      const openapi = compileSchema(readSharedJson('schema/openapi-3.0.json'));
      expect(xTyk(doc['x-tyk-api-gateway']), schemaErrors(xTyk).join('\n')).toBe(true);
      // This gateway test document leaves out `responses` on purpose: the import adds no error of its own.
      openapi(petstore);
      const before = schemaErrors(openapi);
      openapi(doc);
      expect(schemaErrors(openapi)).toEqual(before);
      expect(JSON.stringify({ ...doc, 'x-tyk-api-gateway': undefined })).toBe(JSON.stringify(petstore));
    });

    it('a complete OpenAPI document stays valid OpenAPI 3.0 as a whole', () => {
      const doc = tykOasFromOpenApi(plain, { listenPath: '/refunds/' });
      const xTyk = compileSchema(readSharedJson('schema/x-tyk-api-gateway.json'));
      const openapi = compileSchema(readSharedJson('schema/openapi-3.0.json'));
      expect(openapi(plain), schemaErrors(openapi).join('\n')).toBe(true);
      expect(openapi(doc), schemaErrors(openapi).join('\n')).toBe(true);
      expect(xTyk(doc['x-tyk-api-gateway']), schemaErrors(xTyk).join('\n')).toBe(true);
    });
  },
);
