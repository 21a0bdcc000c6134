import type { CodeLanguage } from '../source/language';
import type { Driver, HookKind } from '../pipeline/model';

/** A global hook, or one of the two per-endpoint plugin kinds (Go `go_plugin`, JSVM `virtual`). */
export type StarterHook = HookKind | 'endpointGoPlugin' | 'virtual';
export const STARTER_HOOKS: readonly StarterHook[] = [
  'pre',
  'auth',
  'postAuth',
  'post',
  'response',
  'analytics',
  'endpointGoPlugin',
  'virtual',
];

/** A correct first version of a plugin function for one driver and hook. */
export interface Starter {
  language: CodeLanguage;
  /** Where the gateway expects it (`middleware.py` for Python bundles); '' when there is no file (gRPC). */
  fileName: string;
  /** A whole file holding the function. */
  source: string;
  /** The function alone, to append to an existing file of that language (Python's one `middleware.py`). */
  snippet: string;
  /** The name as written in the source: the requested one made valid for the language. The definition must use it. */
  functionName: string;
  /** What else the gateway needs, or why the name changed. */
  note?: string;
}

/** Human label for a hook, in the words of the definition's fields. */
export const STARTER_HOOK_LABEL: Record<StarterHook, string> = {
  pre: 'Pre (custom_middleware.pre)',
  auth: 'custom auth (custom_middleware.auth_check)',
  postAuth: 'Post-auth (custom_middleware.post_key_auth)',
  post: 'Post (custom_middleware.post)',
  response: 'Response (custom_middleware.response)',
  analytics: 'analytics plugin (analytics_plugin)',
  endpointGoPlugin: 'per-endpoint Go plugin (extended_paths.go_plugin)',
  virtual: 'virtual endpoint (extended_paths.virtual)',
};

export type { Driver };
