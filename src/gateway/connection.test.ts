import { describe, expect, it } from 'vitest';
import { EMBEDDED_LABEL, connectionFrom, getConnection, normaliseBase } from './connection';

describe('connection', () => {
  it('is embedded without a gateway URL', () => {
    expect(connectionFrom('', '')).toEqual({ mode: 'embedded', label: EMBEDDED_LABEL, baseUrl: '' });
    expect(connectionFrom('   ', '')).toMatchObject({ mode: 'embedded' });
  });

  it('is proxy mode with a URL, labelled with that URL', () => {
    expect(connectionFrom('http://tyk:8080', '')).toEqual({ mode: 'proxy', label: 'http://tyk:8080', baseUrl: '' });
  });

  it('normalises the base path', () => {
    expect(normaliseBase('')).toBe('');
    expect(normaliseBase('/')).toBe('');
    expect(normaliseBase('gw')).toBe('/gw');
    expect(normaliseBase('/gw/')).toBe('/gw');
    expect(connectionFrom('http://tyk:8080', '/studio/gateway/').baseUrl).toBe('/studio/gateway');
  });

  it('reads the build-time globals (empty in the test build: embedded)', () => {
    expect(getConnection()).toEqual(connectionFrom(__GATEWAY_URL__, __GATEWAY_BASE__));
  });
});
