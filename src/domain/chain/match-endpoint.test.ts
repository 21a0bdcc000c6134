import { describe, expect, it } from 'vitest';
import { methodMatches, pathMatches } from './match-endpoint';

describe('pathMatches', () => {
  it('matches OAS templates one segment per parameter', () => {
    expect(pathMatches('/refunds/{id}', '/refunds/42', 'oas')).toBe(true);
    expect(pathMatches('/refunds/{id}', '/refunds/42/items', 'oas')).toBe(false);
    expect(pathMatches('/refunds/{id}', '/refunds/{id}', 'oas')).toBe(true);
    expect(pathMatches('/a.b', '/aXb', 'oas')).toBe(false);
  });

  it('matches Classic regex-ish paths from the start', () => {
    expect(pathMatches('/users/{id}', '/users/7', 'classic')).toBe(true);
    expect(pathMatches('/users/{id:[0-9]+}', '/users/abc', 'classic')).toBe(false);
    expect(pathMatches('/users/[0-9]+', '/users/12', 'classic')).toBe(true);
    expect(pathMatches('/users', '/users/12/books', 'classic')).toBe(true);
    expect(pathMatches('/users$', '/users/12', 'classic')).toBe(false);
    expect(pathMatches('/other', '/users', 'classic')).toBe(false);
  });

  it('survives invalid regular expressions', () => {
    expect(pathMatches('/bad/(unclosed', '/bad/x', 'classic')).toBe(false);
  });
});

describe('methodMatches', () => {
  it('compares methods case-insensitively', () => {
    expect(methodMatches('GET', 'get')).toBe(true);
    expect(methodMatches('POST', 'GET')).toBe(false);
  });
});
