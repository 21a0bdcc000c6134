import type { HookKind } from '../pipeline/model';
import type { CodeLanguage } from '../source/language';
import type { JsTestHookType } from './tyk-shapes';

/** The hooks a plugin test can run: the request hooks and the response hook (analytics plugins are Go). */
export type TestableHook = Exclude<HookKind, 'analytics'>;

/** The gateway's name of a hook kind, as `hook_type` of /tyk/plugins/test and the Classic fields say it. */
export const TYK_HOOK_TYPE: Record<TestableHook, JsTestHookType> = {
  pre: 'pre',
  auth: 'auth_check',
  postAuth: 'post_key_auth',
  post: 'post',
  response: 'response',
};

/** Where a plugin of this language can run on a sample request, or why it cannot run in a browser. */
export function whereItRuns(language: CodeLanguage): { runs: true } | { runs: false; reason: string } {
  switch (language) {
    case 'javascript':
    case 'python':
    case 'lua':
      return { runs: true };
    case 'go':
      return { runs: false, reason: 'A Go plugin is a compiled .so the gateway loads: it cannot run in a browser. Trace a request on the gateway instead (the Pipeline tab’s request bar, then “Run on gateway”).' };
    default:
      return { runs: false, reason: 'A gRPC plugin runs on your own gRPC server: it cannot run in a browser. Trace a request on the gateway instead (the Pipeline tab’s request bar, then “Run on gateway”).' };
  }
}

/** Pre and custom auth hooks get an empty session on the gateway (api_loader.go, mw_js_plugin.go, coprocess.go). */
export function hookGetsSession(hook: TestableHook): boolean {
  return hook !== 'pre' && hook !== 'auth';
}
