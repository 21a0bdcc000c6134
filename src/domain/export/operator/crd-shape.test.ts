import { describe, expect, it } from 'vitest';
import { readCrdSchema, sharedFileExists } from '../../create/testing/tyk-schemas';
import { API_DEFINITION_SPEC_SHAPE, shapeOf } from './crd-shape';

describe.skipIf(!sharedFileExists('operator/crd-apidefinitions.yaml'))('the ApiDefinition spec shape', () => {
  it('is exactly the structure of the CRD in ../shared/tyk/operator', () => {
    const schema = readCrdSchema('crd-apidefinitions.yaml') as { properties: { spec: unknown } };
    expect(API_DEFINITION_SPEC_SHAPE).toEqual(shapeOf(schema.properties.spec));
  });
});

describe('shapeOf', () => {
  it('drops descriptions and keeps structure', () => {
    expect(
      shapeOf({
        description: 'd',
        type: 'object',
        required: ['a'],
        properties: { a: { type: 'array', description: 'x', items: { type: 'string', enum: ['x'] } } },
        additionalProperties: { type: 'integer', format: 'int64' },
      }),
    ).toEqual({
      type: 'object',
      required: ['a'],
      properties: { a: { type: 'array', items: { type: 'string', enum: ['x'] } } },
      additionalProperties: { type: 'integer', format: 'int64' },
    });
  });
});
