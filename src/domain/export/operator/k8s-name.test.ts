import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isK8sName, toK8sName, withSuffix } from './k8s-name';

describe('toK8sName', () => {
  it.each([
    ['Orders API v2', 'orders-api-v2'],
    ['  Zürich Café  ', 'zurich-cafe'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
    ['___', 'api'],
    ['', 'api'],
    ['a'.repeat(80), 'a'.repeat(63)],
  ])('%j → %j', (text, name) => {
    expect(toK8sName(text)).toBe(name);
  });

  it('always gives a valid name', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => isK8sName(toK8sName(text))));
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => isK8sName(withSuffix(toK8sName(text), '-oas'))),
    );
  });

  it('cuts before the limit with a suffix', () => {
    expect(withSuffix('b'.repeat(63), '-oas')).toBe(`${'b'.repeat(59)}-oas`);
    expect(isK8sName('Bad_Name')).toBe(false);
  });
});
