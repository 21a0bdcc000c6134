import type { HookKind } from '../../domain/pipeline/model';
import type { StageGroup } from '../../domain/chain';
import type { EndpointSlot } from './dnd-types';

/** The hooks a function can be dropped on, in the gateway's order. */
export const DROP_HOOKS: readonly HookKind[] = ['pre', 'auth', 'postAuth', 'post', 'response', 'analytics'];

export const HOOK_NAMES: Record<HookKind, string> = {
  pre: 'Pre',
  auth: 'Auth',
  postAuth: 'Post-auth',
  post: 'Post',
  response: 'Response',
  analytics: 'Analytics',
};

export const ENDPOINT_SLOT_NAMES: Record<EndpointSlot, string> = {
  goPlugin: 'Per-endpoint Go plugin',
  virtual: 'Virtual endpoint',
};

export const GROUP_NAMES: Record<StageGroup, string> = {
  'pre-auth': 'Before authentication',
  auth: 'Authentication',
  'post-auth': 'After authentication',
  transform: 'Transforms',
  endpoint: 'Endpoint',
  upstream: 'To the upstream',
  response: 'Response',
  analytics: 'Analytics (aside)',
};
