import type { Driver, HookKind } from '../pipeline/model';
import type { StarterHook } from './types';

/**
 * How a driver serves a hook as the gateway runs it (FACTS.md matrix, TykTechnologies/tyk 31e219be).
 * Same values as pipeline/driver-matrix's HookSupport, plus the two per-endpoint kinds.
 */
export type StarterSupport = 'yes' | 'custom-builds' | 'no-effect';

const REQUEST_HOOKS: readonly HookKind[] = ['pre', 'auth', 'postAuth', 'post', 'response'];

/** Lua: release builds lack the driver (-tags lua); its dispatcher ignores response hooks. */
function requestHookSupport(driver: Driver, hook: HookKind): StarterSupport {
  if (driver !== 'lua') return 'yes';
  return hook === 'response' ? 'no-effect' : 'custom-builds';
}

/**
 * How `driver` serves `hook`, or undefined when it cannot. The analytics plugin and per-endpoint Go plugins
 * are Go `.so` files and virtual endpoints run in the JSVM, whatever the API's driver.
 */
export function starterSupport(driver: string, hook: StarterHook): StarterSupport | undefined {
  if (hook === 'analytics' || hook === 'endpointGoPlugin' || hook === 'virtual') return 'yes';
  if (!isDriver(driver)) return undefined;
  return REQUEST_HOOKS.includes(hook) ? requestHookSupport(driver, hook) : undefined;
}

const KNOWN: readonly string[] = ['goplugin', 'python', 'lua', 'grpc', 'otto', 'javascript'];
function isDriver(driver: string): driver is Driver {
  return KNOWN.includes(driver);
}

/** The hooks a driver can be given a function for (`custom-builds` counts; `no-effect` does not). */
export function supportedHooks(driver: string): StarterHook[] {
  const all: StarterHook[] = [...REQUEST_HOOKS, 'analytics', 'endpointGoPlugin', 'virtual'];
  return all.filter((hook) => {
    const support = starterSupport(driver, hook);
    return support === 'yes' || support === 'custom-builds';
  });
}
