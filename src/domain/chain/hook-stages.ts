import { HOOK_WORDS } from '../pipeline/driver-matrix';
import type { HookKind } from '../pipeline/model';
import { KEYLESS_REASON, off, on, unknown } from './decide';
import { runtimeEffect } from './runtime';
import type { ChainContext, ChainStage, StageDecision, StageGroup } from './types';

/** The global hook stages: one slot each, filled by the definition's functions (gateway loadCustomMiddleware). */
export function hookStage(
  id: string,
  label: string,
  group: StageGroup,
  hook: HookKind,
  gatewayName: string,
): ChainStage {
  return { id, label, group, kind: 'hook', hook, gatewayName, decide: (ctx) => decideHook(ctx, hook) };
}

function decideHook(ctx: ChainContext, hook: HookKind): StageDecision {
  const { model } = ctx;
  const functions = model.hooks[hook].functions;
  const words = HOOK_WORDS[hook];
  if ((hook === 'auth' || hook === 'postAuth') && model.keyless) {
    return off(functions.length ? `${KEYLESS_REASON}: these plugins never run` : KEYLESS_REASON);
  }
  if (hook === 'auth' && !model.customAuthEnabled) {
    return off(
      functions.length
        ? 'custom auth is not switched on: the function never runs'
        : 'custom auth is not switched on',
    );
  }
  if (functions.length === 0) return off(`no ${words} plugins`);
  const enabled = functions.filter((fn) => fn.enabled && fn.name !== '');
  if (enabled.length === 0) return off(`every ${words} plugin is disabled or unnamed`);
  if (hook === 'analytics') return decideAnalytics(enabled.length);
  if (hook === 'response')
    return decideResponse(
      ctx,
      enabled.map((fn) => fn.path),
    );
  const count = `${enabled.length} ${words} plugin${enabled.length === 1 ? '' : 's'}`;
  if (!ctx.profile) return on(count);
  const effect = runtimeEffect(model.driver, ctx.profile, bundled(ctx));
  if (effect.dropped) {
    return off(hook === 'auth' ? `${effect.dropped}; token auth takes its place` : effect.dropped);
  }
  return on(count, effect.fails);
}

function decideAnalytics(count: number): StageDecision {
  return on(
    `${count} analytics plugin${count === 1 ? '' : 's'}, run when the analytics record is written (a Go .so)`,
  );
}

/** Response dispatch (server.go createResponseMiddlewareChain): a `.so` path goes to Go whatever the driver. */
function decideResponse(ctx: ChainContext, paths: string[]): StageDecision {
  const count = `${paths.length} response plugin${paths.length === 1 ? '' : 's'}`;
  if (!ctx.profile) return on(count);
  const nonGo = paths.some((path) => !path.endsWith('.so'));
  if (!nonGo) return on(count);
  const effect = runtimeEffect(ctx.model.driver, ctx.profile, bundled(ctx));
  if (effect.dropped) return unknown(`${count}; ${effect.dropped} (inferred for response hooks)`);
  return on(count, effect.fails);
}

export function bundled(ctx: ChainContext): boolean {
  return ctx.model.bundle.enabled && ctx.model.bundle.paths.some((path) => path.trim() !== '');
}
