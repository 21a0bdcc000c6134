import { DRIVER_HOOK_SUPPORT, isKnownDriver, type HookSupport } from '../pipeline/driver-matrix';
import { HOOK_KINDS } from '../pipeline/model';
import type { StarterHook } from './types';

/** How a driver serves a hook (pipeline/driver-matrix, the one copy of the FACTS.md matrix). */
export type StarterSupport = HookSupport;

/**
 * How `driver` serves `hook`, or undefined when it cannot (an unknown driver). The analytics plugin and
 * per-endpoint Go plugins are Go `.so` files and virtual endpoints run in the JSVM, whatever the driver.
 */
export function starterSupport(driver: string, hook: StarterHook): StarterSupport | undefined {
  if (hook === 'analytics' || hook === 'endpointGoPlugin' || hook === 'virtual') return 'yes';
  return isKnownDriver(driver) ? DRIVER_HOOK_SUPPORT[driver][hook] : undefined;
}

/** The hooks a driver can be given a function for (`custom-builds` counts; `no-effect` does not). */
export function supportedHooks(driver: string): StarterHook[] {
  const all: StarterHook[] = [...HOOK_KINDS, 'endpointGoPlugin', 'virtual'];
  return all.filter((hook) => {
    const support = starterSupport(driver, hook);
    return support === 'yes' || support === 'custom-builds';
  });
}
