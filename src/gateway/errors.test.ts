import { describe, expect, it } from 'vitest';
import type { GatewayErrorKind } from './errors';
import { GatewayError, adviceFor, isGatewayError, kindForStatus } from './errors';

const KINDS: GatewayErrorKind[] = ['refused', 'network', 'timeout', 'cancelled', 'forbidden', 'not-found', 'bad-request', 'conflict', 'server', 'not-json'];

describe('GatewayError', () => {
  it('maps statuses to kinds', () => {
    expect(kindForStatus(403)).toBe('forbidden');
    expect(kindForStatus(401)).toBe('forbidden');
    expect(kindForStatus(404)).toBe('not-found');
    expect(kindForStatus(409)).toBe('conflict');
    expect(kindForStatus(400)).toBe('bad-request');
    expect(kindForStatus(422)).toBe('bad-request');
    expect(kindForStatus(500)).toBe('server');
    expect(kindForStatus(502)).toBe('server');
  });

  it('gives advice for every kind in both modes, naming the gateway where it helps', () => {
    for (const kind of KINDS) {
      for (const mode of ['embedded', 'proxy'] as const) expect(adviceFor(kind, 'http://tyk:8080', mode).length).toBeGreaterThan(20);
    }
    expect(adviceFor('network', 'http://tyk:8080', 'proxy')).toContain('http://tyk:8080');
    expect(adviceFor('forbidden', 'http://tyk:8080', 'proxy')).toBe(
      "The gateway rejected the secret. Check TYK_GATEWAY_SECRET and restart the app's server.",
    );
  });

  it('is an Error with its kind, status and advice', () => {
    const error = new GatewayError({ kind: 'not-found', status: 404, message: 'API not found', advice: 'Reload.' });
    expect(error).toBeInstanceOf(Error);
    expect(isGatewayError(error)).toBe(true);
    expect(isGatewayError(new Error('x'))).toBe(false);
    expect(error).toMatchObject({ name: 'GatewayError', kind: 'not-found', status: 404, message: 'API not found', advice: 'Reload.' });
  });
});
