import { describe, expect, it } from 'vitest';
import { joinUrlPath } from './url-path';

// net/url URL.JoinPath, as gateway/tracing.go toRequest uses it to put a traced path under the listen path.
describe('joinUrlPath', () => {
  it.each([
    ['/payments/', '/refunds/7', '/payments/refunds/7'],
    ['/payments', 'refunds/7', '/payments/refunds/7'],
    ['/payments/', '/refunds/', '/payments/refunds/'],
    ['/payments/', '', '/payments'],
    ['/catalogue/', 'items/../products/', '/catalogue/products/'],
    ['/a/', '../../etc', '/etc'],
    ['', '/refunds/7', 'refunds/7'],
    ['/', '/', '/'],
  ])('%s + %s is %s', (base, elem, joined) => {
    expect(joinUrlPath(base, elem)).toBe(joined);
  });
});
