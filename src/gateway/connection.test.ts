import { describe, expect, it } from 'vitest';
import { EMBEDDED_LABEL, connectionFrom, normaliseBase } from './connection';
import { getConnection } from './current-gateway';

describe('connection', () => {
  it('is embedded without a gateway URL', () => {
    expect(connectionFrom('', '')).toEqual({ mode: 'embedded', label: EMBEDDED_LABEL, baseUrl: '', key: EMBEDDED_LABEL });
    expect(connectionFrom('   ', '')).toMatchObject({ mode: 'embedded' });
  });

  it('is proxy mode with a URL, labelled with that URL', () => {
    expect(connectionFrom('http://tyk:8080', '')).toEqual({ mode: 'proxy', label: 'http://tyk:8080', baseUrl: '', key: 'http://tyk:8080', configuredBy: 'environment' });
  });

  it('normalises the base path', () => {
    expect(normaliseBase('')).toBe('');
    expect(normaliseBase('/')).toBe('');
    expect(normaliseBase('gw')).toBe('/gw');
    expect(normaliseBase('/gw/')).toBe('/gw');
    expect(connectionFrom('http://tyk:8080', '/studio/gateway/').baseUrl).toBe('/studio/gateway');
  });

  it('starts on the build-time globals’ gateway (empty in the test build: the embedded one, first of its instances)', () => {
    expect(getConnection()).toMatchObject(connectionFrom(__GATEWAY_URL__, __GATEWAY_BASE__));
  });
});
