export { buildChain, type BuildChainOptions } from './build-chain';
export { CHAIN_STAGES } from './stages';
export { pathMatches, methodMatches, pluginsForRequest } from './match-endpoint';
export { listenPathOf } from './stages-endpoint';
export { joinUrlPath } from './url-path';
export { runtimeOf, runtimeEffect, type HookRuntime, type RuntimeEffect } from './runtime';
export type {
  ChainBundle,
  ChainContext,
  ChainFunction,
  ChainRequest,
  ChainStage,
  ChainStep,
  StageDecision,
  StageGroup,
  StageHook,
  StageKind,
  StageState,
} from './types';
