import type { HookKind } from '../pipeline/model';

/** Tyk Classic field names, in one place. */
export const CLASSIC_HOOK_FIELD: Record<Exclude<HookKind, 'auth' | 'analytics'>, string> = {
  pre: 'pre',
  postAuth: 'post_key_auth',
  post: 'post',
  response: 'response',
};

/** `custom_middleware` */
export const CM = 'custom_middleware';

/** The custom auth switches in the order the gateway checks them; the last two are deprecated twins. */
export const CLASSIC_AUTH_SWITCHES = ['custom_plugin_auth_enabled', 'use_go_plugin_auth', 'enable_coprocess_auth'] as const;
