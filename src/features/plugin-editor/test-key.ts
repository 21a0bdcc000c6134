import type { PluginModel } from '../../domain/pipeline/model';
import { HOOK_KINDS } from '../../domain/pipeline/model';
import type { NamedFunction } from './named-functions';

/** `<hook>:<index>`, the `?test=` of the Code tab: a function's place among the hooks, as the pipeline knows it. */
export function testKey(model: PluginModel, item: NamedFunction): string {
  const hook = HOOK_KINDS.find((h) => h === item.place);
  if (!hook) return item.id;
  return `${hook}:${model.hooks[hook].functions.indexOf(item.fn)}`;
}

/** The function a `?test=` names, if the definition still has one there. */
export function testedFunction(model: PluginModel, named: readonly NamedFunction[], key: string | null): NamedFunction | undefined {
  if (!key) return undefined;
  const [hook, index] = key.split(':');
  const kind = HOOK_KINDS.find((h) => h === hook);
  const fn = kind ? model.hooks[kind].functions[Number(index)] : undefined;
  return fn ? named.find((item) => item.fn === fn) : undefined;
}
