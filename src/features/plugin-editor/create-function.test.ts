import { describe, expect, it } from 'vitest';
import { readPluginModel } from '../../domain';
import type { JsonObject } from '../../domain/json';
import { definedFunctions } from '../../domain/source';
import { createFunction } from './create-function';

const classic = (driver: string): JsonObject => ({
  api_id: 'a1',
  name: 'A',
  proxy: { listen_path: '/a/' },
  use_keyless: false,
  custom_middleware: { driver, pre: [], post: [] },
});

describe('createFunction', () => {
  it('writes the starter file and attaches the function to the hook (JSVM: path is the .js file)', () => {
    const result = createFunction({ doc: classic('otto'), format: 'classic', files: {}, driver: 'otto', hook: 'pre', name: 'AddHeader' });
    if (!result.ok) throw new Error(result.reason);
    expect(result.file).toBe('AddHeader.js');
    expect(definedFunctions('javascript', result.files[result.file] ?? '').map((d) => d.name)).toContain('AddHeader');
    const pre = readPluginModel(result.doc, 'classic').hooks.pre.functions;
    expect(pre.map((f) => [f.name, f.path])).toEqual([['AddHeader', 'AddHeader.js']]);
  });

  it('names the compiled .so for Go and never overwrites an existing file', () => {
    const files = { 'add_header.go': 'package main\n' };
    const result = createFunction({ doc: classic('goplugin'), format: 'classic', files, driver: 'goplugin', hook: 'post', name: 'AddHeader' });
    if (!result.ok) throw new Error(result.reason);
    expect(result.file).toBe('add_header_2.go');
    expect(result.files['add_header.go']).toBe('package main\n');
    expect(readPluginModel(result.doc, 'classic').hooks.post.functions[0]?.path).toBe('add_header_2.so');
  });

  it('appends Python hooks to the bundle’s middleware.py, with no path in the definition', () => {
    const first = createFunction({ doc: classic('python'), format: 'classic', files: {}, driver: 'python', hook: 'pre', name: 'first' });
    if (!first.ok) throw new Error(first.reason);
    const second = createFunction({ doc: first.doc, format: 'classic', files: first.files, driver: 'python', hook: 'post', name: 'second' });
    if (!second.ok) throw new Error(second.reason);
    expect(Object.keys(second.files)).toEqual(['middleware.py']);
    expect(definedFunctions('python', second.files['middleware.py'] ?? '').map((d) => d.name)).toEqual(['first', 'second']);
    const model = readPluginModel(second.doc, 'classic');
    expect(model.hooks.post.functions[0]).toMatchObject({ name: 'second', path: '' });
  });

  it('attaches gRPC functions without a file', () => {
    const result = createFunction({ doc: classic('grpc'), format: 'classic', files: {}, driver: 'grpc', hook: 'pre', name: 'Check' });
    if (!result.ok) throw new Error(result.reason);
    expect(result.file).toBe('');
    expect(result.files).toEqual({});
    expect(readPluginModel(result.doc, 'classic').hooks.pre.functions.map((f) => f.name)).toEqual(['Check']);
  });

  it('sets the driver when the definition has none, and refuses what the domain refuses', () => {
    const doc = { api_id: 'a1', name: 'A', proxy: { listen_path: '/a/' } };
    const result = createFunction({ doc, format: 'classic', files: {}, driver: 'javascript', hook: 'pre', name: 'X' });
    if (!result.ok) throw new Error(result.reason);
    expect(readPluginModel(result.doc, 'classic').driver).toBe('javascript');

    const lua = createFunction({ doc: classic('lua'), format: 'classic', files: {}, driver: 'lua', hook: 'pre', name: 'x' });
    expect(lua.ok).toBe(false);
    const none = createFunction({ doc: classic(''), format: 'classic', files: {}, driver: '', hook: 'pre', name: 'x' });
    expect(none.ok).toBe(false);
  });
});
