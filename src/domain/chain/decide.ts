import type { ChainContext, StageDecision } from './types';

export const on = (reason: string, warning?: string): StageDecision =>
  warning ? { state: 'active', reason, warning } : { state: 'active', reason };
export const off = (reason: string): StageDecision => ({ state: 'inactive', reason });
export const unknown = (reason: string): StageDecision => ({ state: 'unknown', reason });

export const flag = (value: boolean, onReason: string, offReason: string): StageDecision =>
  value ? on(onReason) : off(offReason);

/** Decide differently for Classic and OAS, from each format's own fields. */
export function byFormat(
  ctx: ChainContext,
  classic: (ctx: ChainContext) => StageDecision,
  oas: (ctx: ChainContext) => StageDecision,
): StageDecision {
  return ctx.format === 'classic' ? classic(ctx) : oas(ctx);
}

export const KEYLESS_REASON = 'keyless API: auth stages do not run';

/** Stages the gateway adds only when `use_keyless` is false (OAS: `server.authentication.enabled`). */
export function notKeyless(
  decide: (ctx: ChainContext) => StageDecision,
): (ctx: ChainContext) => StageDecision {
  return (ctx) => (ctx.model.keyless ? off(KEYLESS_REASON) : decide(ctx));
}

export const always =
  (reason = 'always runs') =>
  (): StageDecision =>
    on(reason);
