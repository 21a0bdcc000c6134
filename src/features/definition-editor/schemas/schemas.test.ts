import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { seedApis } from '../../../mocks/seed';
import { schemaFor } from '.';

function validator(format: 'classic' | 'oas') {
  const ajv = new Ajv({ strict: false, allErrors: true });
  return ajv.compile(schemaFor(format).schema);
}

describe('the JSON editor schemas', () => {
  it('accept every seeded definition of their format', () => {
    for (const seed of seedApis()) {
      const validate = validator(seed.format);
      expect(validate(seed.doc), `${seed.format} seed: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('flag an unknown driver and a hook entry without its function name', () => {
    const classic = validator('classic');
    expect(classic({ api_id: 'a', custom_middleware: { driver: 'rust', pre: [{ path: 'x.so' }] } })).toBe(false);
    expect(classic.errors?.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(['/custom_middleware/driver', '/custom_middleware/pre/0']),
    );
    const oas = validator('oas');
    const doc = {
      openapi: '3.0.3',
      info: {},
      paths: {},
      'x-tyk-api-gateway': {
        info: {},
        upstream: {},
        server: {},
        middleware: { global: { pluginConfig: { driver: 'rust' }, prePlugins: [{ enabled: true }] } },
      },
    };
    expect(oas(doc)).toBe(false);
    expect(oas.errors?.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining([
        '/x-tyk-api-gateway/middleware/global/pluginConfig/driver',
        '/x-tyk-api-gateway/middleware/global/prePlugins/0',
      ]),
    );
  });
});
