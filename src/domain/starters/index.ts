export { starterFor } from './starter-for';
export { starterSupport, supportedHooks, type StarterSupport } from './support';
export { STARTER_HOOK_LABEL, STARTER_HOOKS, type Starter, type StarterHook } from './types';
