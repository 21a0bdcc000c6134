import { describe, expect, it } from 'vitest';
import { renameInFiles } from './rename-in-files';
import { codeLink } from './code-link';

describe('renameInFiles', () => {
  it('renames the function and its uses in the driver’s files, leaving comments, strings and others alone', () => {
    const files = {
      'hook.js': 'var Before = new TykJS.TykMiddleware.NewMiddleware({});\n// Before runs first\nBefore.NewProcessRequest(function (r) { return Before.ReturnData(r, {}); });\n',
      'other.js': 'var x = "Before";\n',
      'notes.txt': 'Before',
      'main.go': 'func Other() {}\n',
    };
    const result = renameInFiles(files, 'otto', 'Before', 'First');
    expect(result.changed).toEqual([{ path: 'hook.js', count: 3 }]);
    expect(result.files['hook.js']).toContain('var First = new TykJS');
    expect(result.files['hook.js']).toContain('// Before runs first');
    expect(result.files['other.js']).toBe(files['other.js']);
    expect(result.files['notes.txt']).toBe('Before');
  });

  it('renames a Go plugin beside a non-Go driver when a file defines it, and returns the same object when nothing changes', () => {
    const files = { 'analytics.go': 'package main\n\nfunc Mask(record *int) {}\n' };
    expect(renameInFiles(files, 'python', 'Mask', 'Hide').files['analytics.go']).toContain('func Hide(');
    expect(renameInFiles(files, 'python', 'Nope', 'Other').files).toBe(files);
  });
});

describe('codeLink', () => {
  it('builds the Code tab address with the file and function', () => {
    expect(codeLink('my api', { file: 'plugins/a b.js', fn: 'Pre' })).toBe('/apis/my%20api/code?file=plugins%2Fa+b.js&fn=Pre');
    expect(codeLink('x')).toBe('/apis/x/code');
  });
});
