import { describe, expect, it } from 'vitest';
import { editCodeHref } from './code-href';

describe('editCodeHref', () => {
  it('opens a source file at the function', () => {
    expect(editCodeHref('api 1', 'otto', 'Audit', 'plugins/audit.js')).toBe('/apis/api%201/code?file=plugins%2Faudit.js&fn=Audit');
  });

  it('passes only the name for a compiled .so or an empty path', () => {
    expect(editCodeHref('a', 'goplugin', 'First', '/p/a.so')).toBe('/apis/a/code?fn=First');
    expect(editCodeHref('a', 'python', 'Hook', '')).toBe('/apis/a/code?fn=Hook');
  });

  it('has no link for gRPC functions or an entry with neither name nor source file', () => {
    expect(editCodeHref('a', 'grpc', 'Remote', '')).toBeUndefined();
    expect(editCodeHref('a', 'goplugin', '', '/p/a.so')).toBeUndefined();
  });
});
