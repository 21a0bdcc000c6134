import type { StarterHook } from './types';

/**
 * What the gateway does with a hook beyond the language's own rules, said once for every starter:
 * whose session custom auth keeps (gateway/mw_js_plugin.go:289, coprocess.go:501), and how response
 * entries are dispatched (gateway/server.go createResponseMiddlewareChain, coprocess.go CoProcessor.Dispatch).
 */
export function hookFacts(driver: string, hook: StarterHook): string {
  if (hook === 'auth' && driver !== 'goplugin') {
    return 'The session it sets is kept only when the API\'s base_identity_provided_by is custom_auth or unset.';
  }
  if (hook === 'response' && driver === 'goplugin') {
    return "The entry's path must end in .so: otherwise the gateway sends it to the co-process response hook and every response answers 500.";
  }
  if (hook === 'response' && driver === 'grpc') {
    return 'Response hooks are added even with enable_coprocess off, and then every response answers 500.';
  }
  return '';
}
