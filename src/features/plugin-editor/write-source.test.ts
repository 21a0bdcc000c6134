import { describe, expect, it } from 'vitest';
import { readPluginModel } from '../../domain';
import type { JsonObject } from '../../domain/json';
import { definedFunctions } from '../../domain/source';
import { namedFunctions, type NamedFunction } from './named-functions';
import { writeSourceFor } from './write-source';

type Entry = { name: string; path: string };

function named(driver: string, hooks: { pre?: Entry[]; post?: Entry[] }, extra: JsonObject = {}): NamedFunction[] {
  const doc: JsonObject = {
    api_id: 'a1',
    name: 'A',
    proxy: { listen_path: '/a/' },
    use_keyless: true,
    custom_middleware: { driver, pre: hooks.pre ?? [], post: hooks.post ?? [] },
    ...extra,
  };
  return namedFunctions(readPluginModel(doc, 'classic'));
}

function only(list: NamedFunction[], name: string): NamedFunction {
  const item = list.find((n) => n.fn.name === name);
  if (!item) throw new Error(`${name} is not named`);
  return item;
}

describe('writeSourceFor', () => {
  it('gives a compiled Go plugin’s function a Go file of its own with the gateway’s signature', () => {
    const item = only(named('goplugin', { pre: [{ name: 'RequestID', path: '/opt/tyk/plugins/orders.so' }] }), 'RequestID');
    const result = writeSourceFor(item, 'goplugin', {});
    if (!result.ok) throw new Error(result.reason);
    expect(result.file).toBe('request_id.go');
    const text = result.files[result.file] ?? '';
    expect(text).toContain('func RequestID(rw http.ResponseWriter, r *http.Request)');
    expect(definedFunctions('go', text).map((d) => d.name)).toEqual(['RequestID']);
  });

  it('never overwrites a Go file: the next free name', () => {
    const item = only(named('goplugin', { post: [{ name: 'RequestID', path: 'orders.so' }] }), 'RequestID');
    const result = writeSourceFor(item, 'goplugin', { 'request_id.go': 'package main\n' });
    if (!result.ok) throw new Error(result.reason);
    expect(result.file).toBe('request_id_2.go');
    expect(result.files['request_id.go']).toBe('package main\n');
  });

  it('writes a JSVM function into the file its path names, creating it or adding to it', () => {
    const list = named('otto', { pre: [{ name: 'addHeader', path: 'middleware/add.js' }] });
    const created = writeSourceFor(only(list, 'addHeader'), 'otto', {});
    if (!created.ok) throw new Error(created.reason);
    expect(created.file).toBe('middleware/add.js');
    expect(definedFunctions('javascript', created.files['middleware/add.js'] ?? '').map((d) => d.name)).toEqual(['addHeader']);

    const existing = '// kept\nvar other = new TykJS.TykMiddleware.NewMiddleware({});\n';
    const added = writeSourceFor(only(list, 'addHeader'), 'otto', { 'middleware/add.js': existing });
    if (!added.ok) throw new Error(added.reason);
    const text = added.files['middleware/add.js'] ?? '';
    expect(text.startsWith(existing.trimEnd())).toBe(true);
    expect(definedFunctions('javascript', text).map((d) => d.name)).toEqual(['other', 'addHeader']);
  });

  it('adds a Python hook to the bundle’s middleware.py', () => {
    const item = only(named('python', { post: [{ name: 'second', path: '' }] }), 'second');
    const files = { 'middleware.py': 'from tyk.decorators import *\n\n@Hook\ndef first(request, session, spec):\n    return request, session\n' };
    const result = writeSourceFor(item, 'python', files);
    if (!result.ok) throw new Error(result.reason);
    expect(result.file).toBe('middleware.py');
    expect(definedFunctions('python', result.files['middleware.py'] ?? '').map((d) => d.name)).toEqual(['first', 'second']);
  });

  it('refuses, with the reason, what it cannot write', () => {
    const grpc = writeSourceFor(only(named('grpc', { pre: [{ name: 'Remote', path: '' }] }), 'Remote'), 'grpc', {});
    expect(grpc).toEqual({ ok: false, reason: expect.stringContaining('gRPC server') });

    const badName = writeSourceFor(only(named('goplugin', { pre: [{ name: 'my-hook', path: 'x.so' }] }), 'my-hook'), 'goplugin', {});
    expect(badName.ok).toBe(false);
    if (!badName.ok) expect(badName.reason).toMatch(/not a valid go function name: rename it in the pipeline/);
  });
});
