import { describe, expect, it } from 'vitest';
import { readPluginModel } from '../definition/read';
import { AUTH_CHOICES } from './new-api-schema';
import { isJsonObject, type JsonObject } from '../json';
import { DRIVERS } from '../pipeline/model';
import { createDefinition } from './create-definition';
import { newApiSchema, type NewApiInput } from './new-api-schema';
import { compileSchema, describeWithShared, readSharedJson, schemaErrors } from './testing/tyk-schemas';

const fixedId = () => 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

function input(overrides: Partial<NewApiInput> = {}): NewApiInput {
  return newApiSchema.parse({
    format: 'classic',
    name: 'Orders',
    listenPath: '/orders',
    upstreamUrl: 'https://orders.internal',
    ...overrides,
  });
}

function objectAt(doc: JsonObject, ...keys: string[]): JsonObject {
  let node: unknown = doc;
  for (const key of keys) node = isJsonObject(node) ? node[key] : undefined;
  if (!isJsonObject(node)) throw new Error(`no object at ${keys.join('.')}`);
  return node;
}

describe('createDefinition: Tyk Classic', () => {
  it('writes the minimal keyless, unversioned definition', () => {
    const def = createDefinition(input(), { newId: fixedId });
    expect(def).toEqual({
      name: 'Orders',
      slug: 'orders',
      api_id: fixedId(),
      org_id: '',
      use_keyless: true,
      active: true,
      proxy: { listen_path: '/orders/', target_url: 'https://orders.internal', strip_listen_path: true },
      version_data: {
        not_versioned: true,
        default_version: 'Default',
        versions: { Default: { name: 'Default' } },
      },
    });
  });

  it('adds an empty custom_middleware with the driver when one is chosen', () => {
    const def = createDefinition(input({ driver: 'grpc' }), { newId: fixedId });
    expect(def.custom_middleware).toEqual({
      driver: 'grpc',
      pre: [],
      post: [],
      post_key_auth: [],
      response: [],
      auth_check: {},
    });
  });

  it('generates a fresh 32-hex id when no generator is given', () => {
    const a = createDefinition(input());
    const b = createDefinition(input());
    expect(a.api_id).toMatch(/^[0-9a-f]{32}$/);
    expect(a.api_id).not.toBe(b.api_id);
  });

  it('normalises a listen path given without the form', () => {
    const def = createDefinition({ ...input(), listenPath: '/raw' }, { newId: fixedId });
    expect(objectAt(def, 'proxy').listen_path).toBe('/raw/');
  });
});

describe('createDefinition: Tyk OAS', () => {
  it('writes an OpenAPI 3.0.3 document with x-tyk-api-gateway', () => {
    const def = createDefinition(input({ format: 'oas', driver: 'goplugin' }), { newId: fixedId });
    expect(def).toEqual({
      openapi: '3.0.3',
      info: { title: 'Orders', version: '1.0.0' },
      paths: {},
      'x-tyk-api-gateway': {
        info: { name: 'Orders', id: fixedId(), state: { active: true } },
        upstream: { url: 'https://orders.internal' },
        server: { listenPath: { value: '/orders/', strip: true } },
        middleware: { global: { pluginConfig: { driver: 'goplugin' } } },
      },
    });
  });

  it('leaves middleware out without a driver', () => {
    const def = createDefinition(input({ format: 'oas' }), { newId: fixedId });
    expect(objectAt(def, 'x-tyk-api-gateway').middleware).toBeUndefined();
  });
});

const drivers = [undefined, ...DRIVERS];

describeWithShared(
  ['schema/x-tyk-api-gateway.json', 'schema/openapi-3.0.json', 'schema/tyk-classic-api-definition.json'],
  'the gateway schemas accept new APIs',
  () => {
    const xTyk = compileSchema(readSharedJson('schema/x-tyk-api-gateway.json'));
    const openapi = compileSchema(readSharedJson('schema/openapi-3.0.json'));
    const classic = compileSchema(readSharedJson('schema/tyk-classic-api-definition.json'));

    it.each(drivers)('Tyk OAS with driver %s', (driver) => {
      const def = createDefinition(input({ format: 'oas', driver }), { newId: fixedId });
      expect(xTyk(def['x-tyk-api-gateway']), schemaErrors(xTyk).join('\n')).toBe(true);
      expect(openapi(def), schemaErrors(openapi).join('\n')).toBe(true);
    });

    it.each(drivers)('Tyk Classic with driver %s', (driver) => {
      const def = createDefinition(input({ driver }), { newId: fixedId });
      expect(classic(def), schemaErrors(classic).join('\n')).toBe(true);
    });

    it.each(AUTH_CHOICES.flatMap((auth) => (['oas', 'classic'] as const).map((format) => [format, auth] as const)))(
      '%s with %s authentication',
      (format, auth) => {
        const def = createDefinition(input({ format, driver: 'grpc', auth }), { newId: fixedId });
        if (format === 'oas') {
          expect(xTyk(def['x-tyk-api-gateway']), schemaErrors(xTyk).join('\n')).toBe(true);
          expect(openapi(def), schemaErrors(openapi).join('\n')).toBe(true);
        } else expect(classic(def), schemaErrors(classic).join('\n')).toBe(true);
        // What the app reads back: keyless only when asked, custom auth with its function.
        const model = readPluginModel(def, format);
        expect(model.keyless).toBe(auth === 'keyless');
        expect(model.customAuthEnabled).toBe(auth === 'customPlugin');
        expect(model.hooks.auth.functions.map((fn) => fn.name)).toEqual(auth === 'customPlugin' ? ['Authenticate'] : []);
      },
    );

    it('the validators can fail: a broken definition is refused', () => {
      const oas = createDefinition(input({ format: 'oas' }), { newId: fixedId });
      const gateway = objectAt(oas, 'x-tyk-api-gateway');
      expect(xTyk({ ...gateway, server: {} })).toBe(false);
      expect(openapi({ ...oas, openapi: '2.0' })).toBe(false);
      expect(classic({ ...createDefinition(input(), { newId: fixedId }), unknown_field: 1 })).toBe(false);
    });
  },
);
