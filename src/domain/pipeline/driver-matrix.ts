import type { Driver, HookKind } from './model';
import { DRIVERS } from './model';

/**
 * How a driver serves a hook, as the gateway's code runs it (FACTS.md, TykTechnologies/tyk 31e219be).
 * 'custom-builds': only on gateways built with `-tags lua` (gateway/coprocess_lua.go); release builds answer
 * 500 "Driver 'lua' isn't loaded".
 * 'no-effect': Lua response hooks: on release builds every response answers 500 (no Lua dispatcher,
 * gateway/coprocess.go CoProcessor.Dispatch); on custom builds the dispatcher ignores the hook type and
 * returns the response untouched (coprocess/lua/bundle.lua).
 */
export type HookSupport = 'yes' | 'custom-builds' | 'no-effect';

const ALL_YES: Record<HookKind, HookSupport> = { pre: 'yes', auth: 'yes', postAuth: 'yes', post: 'yes', response: 'yes', analytics: 'yes' };

/** The analytics plugin is a Go `.so` whatever the driver, so every driver "serves" it. */
export const DRIVER_HOOK_SUPPORT: Record<Driver, Record<HookKind, HookSupport>> = {
  goplugin: ALL_YES,
  otto: ALL_YES,
  javascript: ALL_YES,
  python: ALL_YES,
  grpc: ALL_YES,
  lua: { pre: 'custom-builds', auth: 'custom-builds', postAuth: 'custom-builds', post: 'custom-builds', response: 'no-effect', analytics: 'yes' },
};

export function isKnownDriver(driver: string): driver is Driver {
  return (DRIVERS as readonly string[]).includes(driver);
}

/** Drivers whose functions the gateway runs in-process from a file path (Go .so, JSVM .js). */
export const JSVM_DRIVERS: readonly Driver[] = ['otto', 'javascript'];
/** Drivers dispatched through the co-process layer (the only ones the id extractor applies to). */
export const COPROCESS_DRIVERS: readonly Driver[] = ['python', 'lua', 'grpc'];

export type Verdict = { ok: true } | { ok: false; reason: string; code: string };

/** The hook as a title: `Pre`, `Auth`, … */
export const HOOK_LABEL: Record<HookKind, string> = {
  pre: 'Pre',
  auth: 'Auth',
  postAuth: 'Post-auth',
  post: 'Post',
  response: 'Response',
  analytics: 'Analytics',
};

/** The hook as a word inside a sentence (the lint's and the chain's reasons): `pre`, `custom auth`, … */
export const HOOK_WORDS: Record<HookKind, string> = {
  pre: 'pre',
  auth: 'custom auth',
  postAuth: 'post-auth',
  post: 'post',
  response: 'response',
  analytics: 'analytics',
};

/** Whether `driver` can serve `hook`; Lua counts as available only when the gateway is a custom build. */
export function driverServesHook(driver: string, hook: HookKind, options: { luaAvailable?: boolean } = {}): Verdict {
  if (hook === 'analytics') return { ok: true };
  if (driver === '') {
    return { ok: false, code: 'no-driver', reason: 'No plugin driver is set for this API: choose one (goplugin, otto, javascript, python, grpc) before adding functions.' };
  }
  if (!isKnownDriver(driver)) {
    return { ok: false, code: 'unknown-driver', reason: `"${driver}" is not a driver the gateway knows; it answers every request with 500 "Unsupported driver".` };
  }
  const support = DRIVER_HOOK_SUPPORT[driver][hook];
  if (support === 'no-effect' && !options.luaAvailable) {
    return {
      ok: false,
      code: 'lua-unavailable',
      reason: `Lua ${HOOK_LABEL[hook]} hooks need a gateway built with "-tags lua"; on release builds every response answers 500 ("Driver 'lua' isn't loaded").`,
    };
  }
  if (support === 'no-effect') {
    return { ok: false, code: 'driver-lacks-hook', reason: `The ${driver} driver ignores ${HOOK_LABEL[hook]} hooks: the gateway returns the response untouched.` };
  }
  if (support === 'custom-builds' && !options.luaAvailable) {
    return {
      ok: false,
      code: 'lua-unavailable',
      reason: 'Lua plugins run only on gateways built with "-tags lua"; release builds answer every request with 500 "Driver \'lua\' isn\'t loaded".',
    };
  }
  return { ok: true };
}
