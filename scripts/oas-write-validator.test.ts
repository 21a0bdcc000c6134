import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { SHARED_TYK, describeWithShared } from '../src/domain/create/testing/tyk-schemas';
import { oasWriteValidatorSource } from './oas-write-validator';

type Validator = ((doc: unknown) => boolean) & { errors?: { instancePath: string; keyword: string; params: Record<string, unknown> }[] | null };

/** Writes the generated module into the project (so its import of fast-deep-equal resolves) and loads it. */
async function load(schemaDir: string, name: string): Promise<{ validate: Validator; source: string }> {
  const dir = resolve('test-results/oas-write-validator');
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, `${name}.mjs`);
  writeFileSync(file, oasWriteValidatorSource(schemaDir));
  return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { validate: Validator; source: string };
}

const doc = (ext: object) => ({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {}, 'x-tyk-api-gateway': ext });
const good = { info: { name: 'n', state: { active: true } }, upstream: { url: 'http://u' }, server: { listenPath: { value: '/n/' } } };

describe('the embedded gateway’s compiled OAS write check', () => {
  it("falls back to the app's own schema when Tyk's files are absent, with the same required fields", async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { validate, source } = await load(resolve('no-such-dir'), 'app');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("the app's own schema"));
    warn.mockRestore();
    expect(source).toBe('app');
    expect(validate(doc(good))).toBe(true);
    expect(validate(doc({ ...good, info: { state: { active: true } } }))).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ instancePath: '/x-tyk-api-gateway/info', keyword: 'required', params: { missingProperty: 'name' } });
    expect(validate(doc({ ...good, middleware: { global: { pluginConfig: { driver: 'ruby' } } } }))).toBe(false);
  });
});

describeWithShared(['schema/openapi-3.0.json', 'schema/x-tyk-api-gateway.json'], 'the embedded gateway’s compiled OAS write check, from Tyk’s own schema', () => {
  it('is built from ../shared/tyk/schema and checks the OpenAPI part too', async () => {
    const { validate, source } = await load(resolve(SHARED_TYK, 'schema'), 'tyk');
    expect(source).toBe('tyk');
    expect(validate(doc(good))).toBe(true);
    expect(validate({ ...doc(good), info: { title: 't', version: 2 } })).toBe(false);
    expect(validate.errors?.some((error) => error.instancePath === '/info/version' && error.keyword === 'type')).toBe(true);
  });
});
