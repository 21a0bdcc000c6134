import { describe, expect, it } from 'vitest';
import { detectDefinition } from './detect';

const kindOf = (value: unknown) => detectDefinition(value).kind;
const firstFinding = (value: unknown) => {
  const d = detectDefinition(value);
  return d.kind === 'invalid' ? d.findings[0] : undefined;
};

describe('detectDefinition', () => {
  it('recognises Tyk Classic, Tyk OAS and plain OpenAPI', () => {
    expect(kindOf({ api_id: 'a', proxy: { listen_path: '/a/' } })).toBe('classic');
    expect(kindOf({ openapi: '3.0.3', info: {}, paths: {}, 'x-tyk-api-gateway': { info: { id: 'x' } } })).toBe('oas');
    expect(kindOf({ openapi: '3.1.0', info: {}, paths: {} })).toBe('openapi');
  });

  it('refuses lists, scalars and null', () => {
    expect(firstFinding([{ api_id: 'a' }])?.message).toMatch(/list/);
    expect(kindOf('x')).toBe('invalid');
    expect(kindOf(null)).toBe('invalid');
    expect(kindOf(3)).toBe('invalid');
  });

  it('refuses a custom_middleware fragment with its path', () => {
    const f = firstFinding({ custom_middleware: { pre: [] } });
    expect(f?.message).toMatch(/fragment/);
    expect(f?.path).toEqual(['custom_middleware']);
  });

  it('refuses x-tyk-api-gateway without the OpenAPI document', () => {
    expect(firstFinding({ 'x-tyk-api-gateway': {} })?.message).toMatch(/OpenAPI document/);
  });

  it('refuses wrong types at identifying fields with the JSON path', () => {
    expect(firstFinding({ api_id: 5, proxy: {} })?.path).toEqual(['api_id']);
    expect(firstFinding({ api_id: 'a', proxy: 'x' })?.path).toEqual(['proxy']);
    expect(firstFinding({ openapi: 3 })?.path).toEqual(['openapi']);
    expect(firstFinding({ openapi: '2.0' })?.path).toEqual(['openapi']);
    expect(firstFinding({ openapi: '3.0.3', 'x-tyk-api-gateway': [] })?.path).toEqual(['x-tyk-api-gateway']);
    expect(firstFinding({ openapi: '3.0.3', paths: [] })?.path).toEqual(['paths']);
  });

  it('names Swagger 2 and bundle manifests', () => {
    expect(firstFinding({ swagger: '2.0' })?.message).toMatch(/Swagger/);
    expect(firstFinding({ file_list: [], custom_middleware: {} })?.message).toMatch(/manifest/);
  });
});

describe('detectDefinition on deep documents', () => {
  it('refuses a document nested deeper than any definition, without overflowing', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const d = detectDefinition({ api_id: 'a', proxy: {}, x: deep });
    expect(d.kind).toBe('invalid');
    if (d.kind === 'invalid') expect(d.findings[0]?.message).toMatch(/nested/);
  });

  it('accepts ordinary nesting', () => {
    expect(detectDefinition({ api_id: 'a', proxy: { a: { b: { c: [[{ d: 1 }]] } } } }).kind).toBe('classic');
  });
});
