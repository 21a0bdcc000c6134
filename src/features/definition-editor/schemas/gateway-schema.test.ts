import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../../domain/json';
import { gatewayModelSchema } from './gateway-schema';

/** The shape GET /tyk/schema answers with: the extension in `properties`, its parts among the OpenAPI definitions. */
function tykShaped(key: 'definitions' | '$defs'): JsonObject {
  const ref = (name: string) => ({ $ref: `#/${key}/${name}` });
  return {
    type: 'object',
    properties: { openapi: { type: 'string' }, 'x-tyk-api-gateway': ref('X-Tyk-APIGateway') },
    [key]: {
      Paths: { type: 'object' },
      'X-Tyk-APIGateway': { type: 'object', properties: { middleware: ref('X-Tyk-Middleware') } },
      'X-Tyk-Middleware': { type: 'object', properties: { global: ref('X-Tyk-Global') } },
      'X-Tyk-Global': { type: 'object', properties: { pluginConfig: ref('X-Tyk-PluginConfig') } },
      // Narrower than the app's own list on purpose: a finding for "lua" proves the gateway's part is used.
      'X-Tyk-PluginConfig': { type: 'object', properties: { driver: { enum: ['goplugin', 'python'] } } },
    },
  };
}

const doc = (driver: string) => ({
  openapi: '3.0.3',
  info: {},
  paths: {},
  'x-tyk-api-gateway': { info: {}, upstream: {}, server: {}, middleware: { global: { pluginConfig: { driver } } } },
});

describe('gatewayModelSchema', () => {
  it.each(['definitions', '$defs'] as const)('checks x-tyk-api-gateway with the gateway part, refs under %s resolved', (key) => {
    const model = gatewayModelSchema(tykShaped(key), '3.0.3');
    if (!model) throw new Error('no model schema');
    expect(model.schemaUri).toBe('plugin-studio://schemas/gateway/tyk-oas-3.0.3.json');
    const defs = (model.schema as Record<string, JsonObject>)[key];
    // Only what the extension refers to, not the OpenAPI schema's own definitions.
    expect(Object.keys(defs ?? {}).sort()).toEqual(['X-Tyk-APIGateway', 'X-Tyk-Global', 'X-Tyk-Middleware', 'X-Tyk-PluginConfig']);
    const validate = new Ajv({ strict: false, allErrors: true }).compile(model.schema);
    expect(validate(doc('python'))).toBe(true);
    expect(validate(doc('lua'))).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain('/x-tyk-api-gateway/middleware/global/pluginConfig/driver');
    // The OpenAPI part stays the app's: a document without paths is still flagged.
    const { paths: _paths, ...noPaths } = doc('python');
    expect(validate(noPaths)).toBe(false);
  });

  it('gives nothing for a schema without an x-tyk-api-gateway object, and survives odd refs', () => {
    expect(gatewayModelSchema({ properties: {} }, '3.0.3')).toBeUndefined();
    expect(gatewayModelSchema({ properties: { 'x-tyk-api-gateway': 'no' } }, '3.0.3')).toBeUndefined();
    const odd = gatewayModelSchema(
      { properties: { 'x-tyk-api-gateway': { $ref: '#/definitions/Missing', allOf: [{ $ref: 'http://elsewhere/x.json' }] } }, definitions: 5 },
      '3.0',
    );
    expect(odd?.schema).toMatchObject({ properties: { 'x-tyk-api-gateway': { $ref: '#/definitions/Missing' } } });
  });
});
