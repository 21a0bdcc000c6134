import { afterEach, describe, expect, it, vi } from 'vitest';
import { testConnection } from '../../gateway/client';
import { connectionVerdict } from './connection-verdict';

afterEach(() => vi.restoreAllMocks());

describe('Test connection through the app\'s server', () => {
  it('says a stopped gateway does not answer (the server marked its own 502)', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      new Response('{"status":"error","message":"Could not reach the gateway (ECONNREFUSED)."}', { status: 502, headers: { 'x-plugin-studio-proxy': 'unreachable' } }),
    );
    const check = await testConnection();
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(connectionVerdict(check)).toMatchObject({ answers: 'no', headline: 'The gateway does not answer.' });
  });

  it("says a gateway's own 502 is an answer", async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('{"status":"error","message":"boom"}', { status: 502 }));
    const check = await testConnection();
    if (check.ok) throw new Error('expected a failure');
    expect(connectionVerdict(check).answers).toBe('yes');
  });
});
