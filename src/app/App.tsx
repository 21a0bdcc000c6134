import { useState, useSyncExternalStore } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { getConnection, onGatewayChange } from '../gateway/current-gateway';
import { createQueryClient } from './query-client';
import { router } from './router';

const currentKey = () => getConnection().key;

export function App() {
  const [queryClient] = useState(createQueryClient);
  // Pages read the current gateway as they render: switching gateways mounts them afresh (the URL stays), and
  // each gateway's cached answers, drafts and profile are kept under its own key.
  const gateway = useSyncExternalStore(onGatewayChange, currentKey, currentKey);
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider key={gateway} router={router} />
    </QueryClientProvider>
  );
}
