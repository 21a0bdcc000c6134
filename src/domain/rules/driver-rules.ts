import type { Finding, HookKind, Severity } from '../pipeline/model';
import { HOOK_WORDS, driverServesHook } from '../pipeline/driver-matrix';
import { driverPath } from './paths';
import { REQUEST_HOOKS, finding, type LintContext, type Rule } from './types';

const CODES: Record<string, { code: string; severity: Severity }> = {
  'no-driver': { code: 'driver-missing', severity: 'error' },
  'unknown-driver': { code: 'driver-unknown', severity: 'error' },
  'lua-unavailable': { code: 'driver-lacks-hook', severity: 'error' },
  'driver-lacks-hook': { code: 'driver-lacks-hook', severity: 'warning' },
};

/**
 * The driver × hook matrix (pipeline/driver-matrix, from FACTS.md): one finding per hook whose enabled functions
 * the driver cannot serve. Lua counts as available only when the profile says the gateway is a custom Lua build.
 * Response entries with a `.so` path go to the Go response hook whatever the driver, so they are not judged here.
 */
export const driverHookRule: Rule = {
  codes: ['driver-missing', 'driver-unknown', 'driver-lacks-hook'],
  check: (ctx) => {
    const { model, profile } = ctx;
    const out: Finding[] = [];
    const driverProblems = new Set<string>();
    for (const hook of REQUEST_HOOKS) {
      const fns = model.hooks[hook].functions.filter(
        (fn) => fn.enabled && !(hook === 'response' && fn.path.trim().endsWith('.so')),
      );
      if (fns.length === 0) continue;
      const verdict = driverServesHook(model.driver, hook, { luaAvailable: profile?.build === 'custom-lua' });
      if (verdict.ok) continue;
      const mapped = CODES[verdict.code] ?? { code: 'driver-lacks-hook', severity: 'error' as Severity };
      if (mapped.code !== 'driver-lacks-hook') {
        // A missing or unknown driver is one problem for the whole API, reported once at the driver field.
        if (driverProblems.has(mapped.code)) continue;
        driverProblems.add(mapped.code);
        out.push(
          finding(
            mapped.severity,
            mapped.code,
            driverMessage(verdict.reason, ctx),
            driverPath(ctx),
            'Set the driver.',
          ),
        );
        continue;
      }
      out.push(
        finding(
          mapped.severity,
          mapped.code,
          hookMessage(hook, verdict.reason),
          fns[0]?.source ?? model.hooks[hook].source,
          fix(hook),
        ),
      );
    }
    return out;
  },
};

function driverMessage(reason: string, ctx: LintContext): string {
  const dropped = ctx.profile && !ctx.profile.enableCoprocess;
  const consequence = dropped
    ? ' With enable_coprocess off, the gateway drops these hooks instead.'
    : ' The gateway treats it as a co-process driver: every request through a hook answers 500 "Unsupported driver" (or the hooks are dropped when co-process is off).';
  return reason + consequence;
}

function hookMessage(hook: HookKind, reason: string): string {
  return `${HOOK_WORDS[hook][0]?.toUpperCase()}${HOOK_WORDS[hook].slice(1)} hook: ${reason}`;
}

function fix(hook: HookKind): string {
  return hook === 'response'
    ? 'Use another driver for response plugins (goplugin, otto, javascript, python or grpc).'
    : 'Use a gateway built with "-tags lua" (set the profile build to custom-lua), or another driver.';
}
