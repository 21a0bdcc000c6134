import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../../domain/json';
import { seedApis } from '../../../mocks/seed';
import { fromDraft04 } from '../../../mocks/testing/json-schema';
import { gatewayModelSchema } from './gateway-schema';

const shared = path.resolve(process.cwd(), '../shared/tyk/schema');
const present = fs.existsSync(path.join(shared, 'x-tyk-api-gateway.json')) && fs.existsSync(path.join(shared, 'openapi-3.0.json'));
if (!present) console.warn(`[gateway-schema.tyk.test] ${shared} is absent: the gateway's real schema is not tried.`);

const read = (file: string) => JSON.parse(fs.readFileSync(path.join(shared, file), 'utf8')) as JsonObject;

/** What GET /tyk/schema?oasVersion=3.0.x answers with, put together as apidef/oas/validator.go loadOASSchema does. */
function tykAnswer(): JsonObject {
  const openapi = read('openapi-3.0.json');
  const { definitions, ...ext } = read('x-tyk-api-gateway.json');
  return {
    ...openapi,
    properties: { ...(openapi.properties as JsonObject), 'x-tyk-api-gateway': ext },
    definitions: { ...(openapi.definitions as JsonObject), ...(definitions as JsonObject) },
  };
}

describe.skipIf(!present)("the Definition tab with the gateway's real OAS 3.0 schema", () => {
  it('accepts every seeded Tyk OAS definition and flags an unknown driver where it is', () => {
    const model = gatewayModelSchema(tykAnswer(), '3.0.3');
    if (!model) throw new Error('no model schema');
    const defs = (model.schema as { definitions?: JsonObject }).definitions ?? {};
    expect(Object.keys(defs).every((name) => name.startsWith('X-Tyk-'))).toBe(true);
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(fromDraft04(model.schema) as object);
    const oas = seedApis().filter((seed) => seed.format === 'oas');
    expect(oas.length).toBeGreaterThan(0);
    for (const seed of oas) expect(validate(seed.doc), `${JSON.stringify(validate.errors)}`).toBe(true);
    const doc = structuredClone(oas[0]?.doc) as JsonObject & { 'x-tyk-api-gateway': JsonObject };
    doc['x-tyk-api-gateway'].middleware = { global: { pluginConfig: { driver: 'rust' } } };
    expect(validate(doc)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain('/x-tyk-api-gateway/middleware/global/pluginConfig/driver');
  });
});
