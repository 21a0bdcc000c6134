import type { MenuItem } from '../../components/PopoverMenu';
import type { HookKind } from '../../domain/pipeline/model';
import { followInApp } from './code-href';
import { DROP_HOOKS, HOOK_NAMES } from './hook-labels';
import type { PipelineActions } from './pipeline-context';

export interface CardMenuInput {
  hook: HookKind;
  index: number;
  count: number;
  name: string;
  enabled: boolean;
  /** The Code tab at this function; none for gRPC functions. */
  codeHref?: string | undefined;
  /** The Test panel of this function; none for the analytics plugin. */
  testHref?: string | undefined;
}

/** A card's menu: the non-drag twin of every drag (up, down, to another hook) and the function's other actions. */
export function cardMenuItems(actions: PipelineActions, { hook, index, count, name, enabled, codeHref, testHref }: CardMenuInput): MenuItem[] {
  const at = { hook, index };
  const hookName = HOOK_NAMES[hook];
  const source = { origin: 'hook', ref: at, fn: { name } } as const;
  const items: MenuItem[] = [
    { key: 'edit', label: 'Edit…', onSelect: () => actions.select(at) },
    { key: 'up', label: 'Move up', disabled: index === 0, onSelect: () => actions.drop(source, { kind: 'hook', hook, index: index - 1 }) },
    { key: 'down', label: 'Move down', disabled: index >= count - 1, onSelect: () => actions.drop(source, { kind: 'hook', hook, index: index + 1 }) },
    ...DROP_HOOKS.filter((to) => to !== hook).map((to) => ({
      key: `to:${to}`,
      group: 'Move to',
      label: HOOK_NAMES[to],
      onSelect: () => actions.drop(source, { kind: 'hook', hook: to }),
    })),
    {
      key: 'enable',
      label: enabled ? 'Disable' : 'Enable',
      onSelect: () =>
        actions.apply({ type: 'setEnabled', at, enabled: !enabled }, `${enabled ? 'Disable' : 'Enable'} ${name}`, `${name} in ${hookName} is now ${enabled ? 'disabled' : 'enabled'}.`),
    },
  ];
  if (codeHref) {
    items.push({ key: 'code', label: 'Edit code', href: codeHref, onSelect: (event) => followInApp(event, codeHref, actions.open) });
  }
  if (testHref) {
    items.push({ key: 'test', label: 'Test on a sample request', href: testHref, onSelect: (event) => followInApp(event, testHref, actions.open) });
  }
  items.push({
    key: 'remove',
    label: `Remove from ${hookName}`,
    danger: true,
    onSelect: () => actions.apply({ type: 'detach', at }, `Remove ${name} from ${hookName}`, `Removed ${name} from ${hookName}.`),
  });
  return items;
}
