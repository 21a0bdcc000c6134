import { hookLock } from '../../domain/pipeline/refusals';
import type { EditOptions } from '../../domain/pipeline/edit-types';
import type { HookKind, PluginModel } from '../../domain/pipeline/model';
import { DROP_HOOKS } from './hook-labels';

/** Each hook that can take no function as the API and the gateway profile stand, with the reason. */
export function hookLocks(model: PluginModel, options: EditOptions): ReadonlyMap<HookKind, string> {
  const locks = new Map<HookKind, string>();
  for (const hook of DROP_HOOKS) {
    const reason = hookLock(model, hook, options);
    if (reason) locks.set(hook, reason);
  }
  return locks;
}
