import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { setFaults } from '../mocks/faults';
import { minorVersion } from '../mocks/validation/oas-versions';
import { server } from '../mocks/node';
import { installEmbeddedGateway } from '../mocks/testing/embedded-gateway-for-tests';
import { getOasSchema } from './oas-schema';
import { failure } from './testing-failure';
import { gatewayFetch } from './fetch';

installEmbeddedGateway();

describe('getOasSchema (GET /tyk/schema)', () => {
  it('returns the schema for the minor version of the one asked for, with its x-tyk-api-gateway part', async () => {
    for (const version of ['3.0.3', '3.0', '3.0.0']) {
      const result = await getOasSchema(version);
      expect(result.oasVersion).toBe(version);
      const properties = result.schema.properties as Record<string, unknown>;
      expect(Object.keys(properties)).toContain('x-tyk-api-gateway');
    }
  });

  it('sends the version as the oasVersion query parameter', async () => {
    const asked: (string | null)[] = [];
    server.events.on('request:start', ({ request }) => {
      asked.push(new URL(request.url).searchParams.get('oasVersion'));
    });
    await getOasSchema('3.0.3');
    expect(asked).toEqual(['3.0.3']);
  });

  it('a version the gateway lacks: not-found with Tyk\'s message and advice about the openapi version', async () => {
    const error = await failure(getOasSchema('4.0.0'));
    expect(error).toMatchObject({ kind: 'not-found', status: 404, message: 'Schema not found for version "4.0.0"' });
    expect(error.advice).toMatch(/openapi/i);
    expect(error.advice).not.toMatch(/deleted/);
    const malformed = await failure(getOasSchema('three'));
    expect(malformed).toMatchObject({ kind: 'not-found', message: 'Malformed version: three' });
  });

  it('a gateway without /tyk/schema (a plain 404): says the gateway is too old', async () => {
    server.use(http.get('*/tyk/schema', () => new HttpResponse('404 page not found', { status: 404 })));
    const error = await failure(getOasSchema('3.0.3'));
    expect(error.kind).toBe('not-found');
    expect(error.message).toMatch(/no GET \/tyk\/schema/);
  });

  it('a malformed answer (no schema, or a schema without x-tyk-api-gateway) fails as a GatewayError', async () => {
    setFaults({ failNext: { status: 200, body: { status: 'Success', message: '' }, match: '/tyk/schema' } });
    const missing = await failure(getOasSchema('3.0.3'));
    expect(missing.kind).toBe('server');
    expect(missing.message).toMatch(/does not look like Tyk's: schema/);
    setFaults({ failNext: { status: 200, body: { status: 'Success', message: '', schema: { properties: {} } }, match: '/tyk/schema' } });
    const partless = await failure(getOasSchema('3.0.3'));
    expect(partless.message).toContain('x-tyk-api-gateway');
    setFaults({ failNext: { status: 200, body: [1, 2], match: '/tyk/schema' } });
    expect((await failure(getOasSchema('3.0.3'))).kind).toBe('server');
  });

  it('keeps the schema as sent: unknown keys and their order', async () => {
    const schema = { z: 1, properties: { 'x-tyk-api-gateway': { type: 'object', extra: true } }, a: 2 };
    setFaults({ failNext: { status: 200, body: { status: 'Success', message: '', schema }, match: '/tyk/schema' } });
    const result = await getOasSchema('3.0.3');
    expect(result.schema).toEqual(schema);
    expect(Object.keys(result.schema)).toEqual(['z', 'properties', 'a']);
  });

  it('the embedded gateway checks the secret here too', async () => {
    const error = await failure(gatewayFetch('/tyk/schema?oasVersion=3.0.3', { connection: { mode: 'proxy', label: 'http://gw', baseUrl: '', key: 'http://gw' } }));
    expect(error).toMatchObject({ kind: 'forbidden', status: 403 });
  });
});

describe('the embedded gateway reads versions as Tyk does (major.minor)', () => {
  it.each([
    ['3.0.3', '3.0'],
    ['3', '3.0'],
    ['v3.1.0', '3.1'],
    ['3.0.3-rc1', '3.0'],
    ['three', undefined],
    ['', undefined],
  ])('%s -> %s', (input, expected) => {
    expect(minorVersion(input)).toBe(expected);
  });
});
