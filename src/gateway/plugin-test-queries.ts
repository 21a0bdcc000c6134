import { useMutation } from '@tanstack/react-query';
import type { TykPluginTestRequest } from '../domain/plugin-test/tyk-shapes';
import { testPluginOnGateway } from './plugin-test';

/** Run a JavaScript plugin test on the gateway (POST /tyk/plugins/test); never retried: a run has effects. */
export function usePluginTestOnGateway() {
  return useMutation({
    mutationKey: ['gateway', 'plugins-test'],
    mutationFn: (body: TykPluginTestRequest) => testPluginOnGateway(body),
    retry: false,
  });
}
