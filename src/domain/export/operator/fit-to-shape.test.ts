import { describe, expect, it } from 'vitest';
import type { CrdShape } from './crd-shape';
import { fitToShape, missingRequired } from './fit-to-shape';

const shape: CrdShape = {
  type: 'object',
  required: ['name', 'hooks'],
  properties: {
    name: { type: 'string' },
    port: { type: 'integer' },
    protocol: { type: 'string', enum: ['', 'http', 'https'] },
    hooks: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'path'],
        properties: { name: { type: 'string' }, path: { type: 'string' } },
      },
    },
    config: { type: 'object', nullable: true, 'x-kubernetes-preserve-unknown-fields': true },
    versions: {
      type: 'object',
      additionalProperties: { type: 'object', properties: { name: { type: 'string' } } },
    },
  },
};

describe('fitToShape', () => {
  it('keeps known fields in their order and lists the unknown ones', () => {
    const result = fitToShape({ slug: 'x', name: 'A', port: 80, extra: { deep: 1 } }, shape);
    expect(Object.keys(result.value as object)).toEqual(['name', 'port']);
    expect(result.dropped).toEqual([
      { path: ['slug'], reason: 'unknown-field', value: 'x' },
      { path: ['extra'], reason: 'unknown-field', value: { deep: 1 } },
    ]);
  });

  it('prunes at every depth, through lists and maps', () => {
    const result = fitToShape(
      {
        name: 'A',
        hooks: [{ name: 'f', path: 'p', raw: true }],
        versions: { v1: { name: 'v1', paths: [] } },
      },
      shape,
    );
    expect(result.value).toEqual({
      name: 'A',
      hooks: [{ name: 'f', path: 'p' }],
      versions: { v1: { name: 'v1' } },
    });
    expect(result.dropped.map((d) => d.path)).toEqual([
      ['hooks', 0, 'raw'],
      ['versions', 'v1', 'paths'],
    ]);
  });

  it('keeps anything under x-kubernetes-preserve-unknown-fields, and null where nullable', () => {
    const config = { any: { thing: [1, 'two'] } };
    expect(fitToShape({ name: 'A', config }, shape).value).toEqual({ name: 'A', config });
    expect(fitToShape({ name: 'A', config: null }, shape).value).toEqual({ name: 'A', config: null });
    expect(fitToShape({ name: null }, shape).dropped).toEqual([
      { path: ['name'], reason: 'null', value: null },
    ]);
  });

  it('drops values of the wrong type or outside the enum', () => {
    const result = fitToShape({ name: 5, port: 80.5, protocol: 'tcp' }, shape);
    expect(result.value).toEqual({});
    expect(result.dropped.map((d) => [d.reason, d.expected])).toEqual([
      ['wrong-type', 'string'],
      ['wrong-type', 'integer'],
      ['not-allowed', '"", "http", "https"'],
    ]);
  });

  it('drops a whole disabled entry rather than switch it on', () => {
    const result = fitToShape(
      {
        name: 'A',
        hooks: [
          { name: 'off', path: '', disabled: true },
          { name: 'on', path: '', disabled: false },
        ],
      },
      shape,
    );
    expect(result.value).toEqual({ name: 'A', hooks: [{ name: 'on', path: '' }] });
    expect(result.dropped.map((d) => [d.reason, d.path])).toEqual([
      ['disabled-entry', ['hooks', 0]],
      ['unknown-field', ['hooks', 1, 'disabled']],
    ]);
  });

  it('keeps a "__proto__" key as data, without touching any prototype', () => {
    const doc = JSON.parse(
      '{"name":"A","__proto__":{"polluted":true},"config":{"__proto__":{"polluted":true}}}',
    ) as never;
    const result = fitToShape(doc, shape);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    expect(result.dropped.map((d) => d.path)).toEqual([['__proto__']]);
    const config = (result.value as Record<string, Record<string, unknown>>).config;
    expect(Object.hasOwn(config ?? {}, '__proto__')).toBe(true);
  });
});

describe('missingRequired', () => {
  it('finds required fields missing at any depth', () => {
    expect(missingRequired({ hooks: [{ name: 'f' }] }, shape)).toEqual([['name'], ['hooks', 0, 'path']]);
    expect(missingRequired({ name: 'A', hooks: [] }, shape)).toEqual([]);
  });
});
