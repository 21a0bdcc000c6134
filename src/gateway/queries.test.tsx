import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setFaults } from '../mocks/faults';
import { server } from '../mocks/node';
import { installEmbeddedGateway } from '../mocks/testing/embedded-gateway-for-tests';
import { GatewayError } from './errors';
import { useApi, useApis, useOasSchema } from './queries';

installEmbeddedGateway();

function setup() {
  const client = new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return { client, wrapper };
}

function countRequests(method: string, pathname: string): { count: number } {
  const counter = { count: 0 };
  server.events.on('request:start', ({ request }) => {
    if (request.method === method && new URL(request.url).pathname === pathname) counter.count += 1;
  });
  return counter;
}

describe('gateway query hooks', () => {
  it('useApis lists every API once', async () => {
    const { wrapper } = setup();
    const { result } = renderHook(() => useApis(), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.map((api) => api.id)).toContain('orders');
  });

  it('useApi(id) finds the format itself, from the cached list or a fresh one', async () => {
    const { wrapper } = setup();
    const oasGets = countRequests('GET', '/tyk/apis/oas/orders');
    const { result } = renderHook(() => useApi('orders'), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.format).toBe('oas');
    expect(result.current.data?.doc.openapi).toBe('3.0.3');
    expect(oasGets.count).toBe(1);
  });

  it('useApi(id) of an unknown id fails with not-found and is not retried', async () => {
    const { wrapper } = setup();
    const lists = countRequests('GET', '/tyk/apis');
    const { result } = renderHook(() => useApi('no-such-api'), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(GatewayError);
    expect((result.current.error as GatewayError).kind).toBe('not-found');
    expect(lists.count).toBe(1);
  });

  it('a read is retried after a 5xx, a 403 is not', async () => {
    const { wrapper } = setup();
    setFaults({ failNext: { status: 502 } });
    const { result } = renderHook(() => useApi('payments', 'classic'), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    setFaults({ failNext: { status: 403, times: 5 } });
    const gets = countRequests('GET', '/tyk/apis/payments');
    const second = setup();
    const { result: refused } = renderHook(() => useApi('payments', 'classic'), { wrapper: second.wrapper });
    await waitFor(() => expect(refused.current.isError).toBe(true));
    expect((refused.current.error as GatewayError).kind).toBe('forbidden');
    expect(gets.count).toBe(1);
  });

  it('useOasSchema asks only when enabled with a version, once per version, and does not retry a 404', async () => {
    const { wrapper } = setup();
    const asked = countRequests('GET', '/tyk/schema');
    const { result, rerender } = renderHook(({ version, enabled }) => useOasSchema(version, enabled), {
      wrapper,
      initialProps: { version: '3.0.3' as string | undefined, enabled: false },
    });
    rerender({ version: undefined, enabled: true });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(asked.count).toBe(0);
    rerender({ version: '3.0.3', enabled: true });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.oasVersion).toBe('3.0.3');
    // A second editor on the same version: from the cache, never stale.
    const second = renderHook(() => useOasSchema('3.0.3', true), { wrapper });
    expect(second.result.current.isSuccess).toBe(true);
    expect(asked.count).toBe(1);
    rerender({ version: '4.0.0', enabled: true });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ kind: 'not-found' });
    expect(asked.count).toBe(2);
  });
});
