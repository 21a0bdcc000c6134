import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { seedApis } from './index';
import { fromDraft04 } from '../testing/json-schema';

const shared = path.resolve(process.cwd(), '../shared/tyk/schema');
const present = fs.existsSync(shared);
if (!present) console.warn(`[seed.test] ${shared} is absent: the seed definitions are not checked against Tyk's schemas.`);

const compiled = new Map<string, ReturnType<Ajv['compile']>>();

function compile(file: string) {
  const cached = compiled.get(file);
  if (cached) return cached;
  const schema = fromDraft04(JSON.parse(fs.readFileSync(path.join(shared, file), 'utf8')));
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema as object);
  compiled.set(file, validate);
  return validate;
}

describe('seed definitions', () => {
  const seeds = seedApis();

  it('has 6-10 APIs with unique ids, both formats', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(6);
    expect(seeds.length).toBeLessThanOrEqual(10);
    expect(new Set(seeds.map((s) => s.id)).size).toBe(seeds.length);
    expect(seeds.some((s) => s.format === 'classic')).toBe(true);
    expect(seeds.some((s) => s.format === 'oas')).toBe(true);
  });

  it('keeps each id where the gateway reads it', () => {
    for (const seed of seeds) {
      if (seed.format === 'classic') expect(seed.doc.api_id).toBe(seed.id);
      else expect(JSON.stringify(seed.doc['x-tyk-api-gateway'])).toContain(`"id":"${seed.id}"`);
    }
  });

  it('gives every OAS per-operation plugin a matching operationId in paths', () => {
    for (const seed of seeds.filter((s) => s.format === 'oas')) {
      const ops = new Set(JSON.stringify(seed.doc.paths).match(/"operationId":"[^"]+"/g) ?? []);
      const ext = seed.doc['x-tyk-api-gateway'] as { middleware?: { operations?: Record<string, unknown> } };
      for (const opId of Object.keys(ext.middleware?.operations ?? {})) {
        expect(ops.has(`"operationId":"${opId}"`), `${seed.id}: ${opId}`).toBe(true);
      }
    }
  });

  it('covers the drivers and shapes the app must show', () => {
    const text = JSON.stringify(seeds.map((s) => s.doc));
    for (const driver of ['goplugin', 'python', 'grpc']) expect(text).toContain(`"driver":"${driver}"`);
    expect(/"driver":"(otto|javascript)"/.test(text)).toBe(true);
    for (const part of ['"go_plugin"', '"virtual"', '"id_extractor"', '"config_data"', '"custom_middleware_bundle"', '"prePlugin":{"plugins"', '"virtualEndpoint"', '"postPlugins"', '"auth_check"', '"post_key_auth"', '"response"']) {
      expect(text, part).toContain(part);
    }
    const keyless = seeds.filter((s) => s.doc.use_keyless === true);
    expect(keyless.length).toBeGreaterThan(0);
    expect(keyless.some((s) => s.doc.custom_middleware === undefined)).toBe(true);
  });

  describe.skipIf(!present)("against Tyk's schemas", () => {
    it.each(seeds.filter((s) => s.format === 'classic').map((s) => [s.id, s] as const))(
      'Classic %s is valid against tyk-classic-api-definition.json',
      (_id, seed) => {
        const validate = compile('tyk-classic-api-definition.json');
        const ok = validate(seed.doc);
        expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
        expect(ok).toBe(true);
      },
    );
    it.each(seeds.filter((s) => s.format === 'oas').map((s) => [s.id, s] as const))(
      'OAS %s: x-tyk-api-gateway is valid against x-tyk-api-gateway.json',
      (_id, seed) => {
        const validate = compile('x-tyk-api-gateway.json');
        const ok = validate(seed.doc['x-tyk-api-gateway']);
        expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
        expect(ok).toBe(true);
      },
    );
    it('rejects a broken definition (the check can fail)', () => {
      const validate = compile('tyk-classic-api-definition.json');
      expect(validate({ name: 'no proxy' })).toBe(false);
      const payments = seeds.find((s) => s.id === 'payments');
      expect(validate({ ...payments?.doc, not_a_tyk_field: true })).toBe(false);
      const ext = compile('x-tyk-api-gateway.json');
      expect(ext({ info: { name: 'x' } })).toBe(false);
    });
  });
});
