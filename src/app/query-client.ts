import { QueryClient } from '@tanstack/react-query';

/**
 * Queries retry once (a gateway restarting is common); mutations never retry on their own, so a
 * POST that timed out is not sent twice behind the user's back.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: 1, staleTime: 5_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
