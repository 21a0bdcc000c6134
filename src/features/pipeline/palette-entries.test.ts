import { describe, expect, it } from 'vitest';
import { readPluginModel } from '../../domain/definition/read';
import { indexFindings } from './findings-index';
import { paletteEntries } from './palette-entries';
import { classicDoc } from './test-session';

describe('paletteEntries', () => {
  it('lists each function of the hooks and endpoints once, then those the plugin files define', () => {
    const model = readPluginModel(classicDoc(), 'classic');
    const files = { 'plugins/extra.go': 'package main\n\nfunc Extra(rw http.ResponseWriter, r *http.Request) {}\n// func Commented() {}\n' };
    const entries = paletteEntries(model, files, [{ name: 'Brand', path: '/p/new.so' }]);
    const names = entries.map((entry) => entry.fn.name);
    expect(names).toEqual(['Brand', 'First', 'Second', 'CheckToken', 'Scope', 'Mask', 'Refund', 'Extra']);
    // A Go source file is named by its compiled .so in the definition.
    expect(entries.find((entry) => entry.fn.name === 'Extra')?.fn.path).toBe('plugins/extra.so');
  });
});

describe('indexFindings', () => {
  it('puts a finding on the function its path points into, else on the hook, else aside', () => {
    const model = readPluginModel(classicDoc(), 'classic');
    const at = (path: (string | number)[]) => ({ severity: 'error' as const, code: 'x', message: 'm', path });
    const index = indexFindings([at(['custom_middleware', 'pre', 1, 'path']), at(['custom_middleware', 'post']), at(['custom_middleware', 'driver'])], model);
    expect(index.functions.get('pre:1')).toHaveLength(1);
    expect(index.hooks.get('post')).toHaveLength(1);
    expect(index.other).toHaveLength(1);
  });
});
