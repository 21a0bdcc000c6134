import { AUTH_STAGES, POST_AUTH_STAGES } from './stages-auth';
import { ENDPOINT_STAGES } from './stages-endpoint';
import { LIMIT_STAGES } from './stages-limits';
import { PRE_AUTH_STAGES } from './stages-pre-auth';
import { RESPONSE_STAGES } from './stages-response';
import { TRANSFORM_STAGES } from './stages-transform';
import type { ChainStage } from './types';

/**
 * The gateway's middleware chain in order, once: gateway/api_loader.go `processSpec` (request chain) then
 * gateway/server.go `createResponseMiddlewareChain` (response chain) and the analytics plugin. The diagram,
 * the lint and the CLI all read this list.
 */
export const CHAIN_STAGES: readonly ChainStage[] = Object.freeze([
  ...PRE_AUTH_STAGES,
  ...AUTH_STAGES,
  ...POST_AUTH_STAGES,
  ...LIMIT_STAGES,
  ...TRANSFORM_STAGES,
  ...ENDPOINT_STAGES,
  ...RESPONSE_STAGES,
]);
