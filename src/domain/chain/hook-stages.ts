import { HOOK_WORDS } from '../pipeline/driver-matrix';
import type { HookKind, PluginFunction } from '../pipeline/model';
import { KEYLESS_REASON, off, on, unknown } from './decide';
import { hookNeverRuns, responseEffect, responseNeverRuns, runtimeEffect, type RuntimeEffect } from './runtime';
import { bundlesInUse, hookFromBundle } from '../bundle/running-model';
import { customAuthNotes } from './custom-auth-notes';
import { isTrue, tykExtension } from './fields';
import type { ChainContext, ChainFunction, ChainStage, StageDecision, StageGroup } from './types';

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
  const fromBundle = bundleDecision(ctx, hook);
  if (fromBundle) return fromBundle;
  if (functions.length === 0) return off(`no ${words} plugins`);
  const enabled = functions.filter((fn) => fn.enabled && fn.name !== '');
  if (enabled.length === 0) return off(`every ${words} plugin is disabled or unnamed`);
  if (hook === 'analytics') return decideAnalytics(ctx, enabled.length);
  const count = `${enabled.length} ${words} plugin${enabled.length === 1 ? '' : 's'}`;
  if (hook === 'response') return decideResponse(ctx, enabled, count);
  if (!ctx.profile) {
    const never = hookNeverRuns(model.driver, bundled(ctx));
    const notes = hook === 'auth' ? customAuthNotes(ctx) : [];
    return never ? unknown(`${count}, which never ${enabled.length === 1 ? 'runs' : 'run'}: ${never}`) : on(count, notes.join('; ') || undefined);
  }
  const effect = runtimeEffect(model.driver, ctx.profile, bundled(ctx));
  if (effect.dropped) {
    return off(hook === 'auth' ? `${effect.dropped}; token auth takes its place` : effect.dropped);
  }
  const notes = hook === 'auth' ? customAuthNotes(ctx) : [];
  const warning = [effect.fails, ...notes].filter((text) => text !== undefined).join('; ');
  return on(count, warning || undefined);
}

/** The request hook is in the chain but answers 500 before the function's code runs. */
function requestHookFails(ctx: ChainContext): string | undefined {
  return ctx.profile ? runtimeEffect(ctx.model.driver, ctx.profile, bundled(ctx)).fails : undefined;
}

/**
 * The analytics plugin runs only when the record is written (gateway/handler_success.go RecordHit): never with
 * Classic `do_not_track`, or OAS without `trafficLogs.enabled` (apidef/oas/middleware.go TrafficLogs.ExtractTo).
 */
function decideAnalytics(ctx: ChainContext, count: number): StageDecision {
  const plugins = `${count} analytics plugin${count === 1 ? '' : 's'}`;
  const noRecord =
    ctx.format === 'classic'
      ? isTrue(ctx.doc, 'do_not_track') && 'do_not_track is on'
      : !isTrue(tykExtension(ctx.doc), 'middleware', 'global', 'trafficLogs', 'enabled') && 'trafficLogs.enabled is not on';
  if (noRecord) return off(`${plugins}, which never run: ${noRecord}, so no analytics record is written`);
  return on(`${plugins}, run when the analytics record is written (tyk.conf enable_analytics; a Go .so)`);
}

/** What happens to one response entry: by its path, then the driver (server.go createResponseMiddlewareChain). */
function responseOutcome(ctx: ChainContext, fn: PluginFunction): RuntimeEffect {
  const bundles = bundled(ctx);
  if (ctx.profile) return responseEffect(fn.path, ctx.model.driver, ctx.profile, bundles);
  const never = responseNeverRuns(fn.path, ctx.model.driver, bundles);
  return never ? { fails: never } : {};
}

/** Response hooks are added whatever tyk.conf says; entries the gateway cannot dispatch answer 500. */
function decideResponse(ctx: ChainContext, enabled: PluginFunction[], count: string): StageDecision {
  const fails = enabled.map((fn) => responseOutcome(ctx, fn).fails).find((text) => text !== undefined);
  return on(count, fails);
}

/** One function of a global hook, and whether its code runs (a hook that answers 500 never gets to it). */
export function hookFunction(ctx: ChainContext, hook: HookKind, fn: PluginFunction, decision: StageDecision): ChainFunction {
  if (!fn.enabled) return { fn, runs: false, reason: 'disabled' };
  if (fn.name === '') return { fn, runs: false, reason: 'no function name: the gateway skips it' };
  if (hook === 'response' && decision.state === 'active') {
    const fails = responseOutcome(ctx, fn).fails;
    return fails ? { fn, runs: false, reason: fails } : { fn, runs: true, reason: responseDispatch(fn.path, ctx.model.driver) };
  }
  if (decision.state !== 'active') return { fn, runs: false, reason: decision.reason };
  const fails = hook === 'analytics' ? undefined : requestHookFails(ctx);
  if (fails) return { fn, runs: false, reason: fails };
  return { fn, runs: true, reason: 'runs' };
}

/** createResponseMiddlewareChain picks by the path first, then by the driver. */
function responseDispatch(path: string, driver: string): string {
  if (path.trim().endsWith('.so')) return 'runs as a Go response hook (.so path)';
  if (driver === 'otto' || driver === 'javascript') return 'runs as a JSVM response hook';
  return 'runs as a co-process response hook';
}

/** How many bundles the API loads (Python's dispatcher is created only by a single one). */
export function bundled(ctx: ChainContext): number {
  return bundlesInUse(ctx.model).length;
}

/**
 * A hook a bundle fills: refused bundles load no API; a manifest not at hand leaves the hook unknown
 * (said, not guessed). Undefined when the hook is decided as usual.
 */
function bundleDecision(ctx: ChainContext, hook: HookKind): StageDecision | undefined {
  const from = ctx.model.bundleHooks;
  if (!from || !hookFromBundle(ctx.model, hook)) return undefined;
  if (from.refusal) return off(`the gateway refuses the bundles (${from.refusal.reason}) and does not load the API`);
  if (!from.read) {
    const what = hook === 'auth' ? 'the auth function comes' : 'the hooks come';
    return unknown(`${what} from ${from.missing.join(', ')}: open it to see its hooks`);
  }
  return undefined;
}
