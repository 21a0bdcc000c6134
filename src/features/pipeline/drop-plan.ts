import { applyEdit } from '../../domain/pipeline/edits';
import type { EditOptions, PluginEdit } from '../../domain/pipeline/edit-types';
import type { DefinitionFormat, PluginModel } from '../../domain/pipeline/model';
import type { JsonObject } from '../../domain/json';
import type { DragSource, DropTarget, RequestFocus } from './dnd-types';
import { ENDPOINT_SLOT_NAMES, HOOK_NAMES } from './hook-labels';

export interface DropContext {
  doc: JsonObject;
  format: DefinitionFormat;
  model: PluginModel;
  /** The picked endpoint: per-endpoint plugins attach to it. */
  endpoint?: RequestFocus | undefined;
  /** The gateway's build (Lua hooks), as the profile says. */
  options?: EditOptions | undefined;
}

/** What a drop would do: one edit with its undo label, a refusal with the gateway's reason, or nothing. */
export type DropPlan =
  | { kind: 'edit'; edit: PluginEdit; label: string; message: string }
  | { kind: 'refused'; reason: string }
  | { kind: 'none' };

const fnName = (source: DragSource) => source.fn.name || '(no name)';

/** Builds the edit a drop means, without trying it (the session's apply checks it once more anyway). */
export function planEdit(ctx: DropContext, source: DragSource, target: DropTarget): DropPlan {
  const name = fnName(source);
  if (target.kind === 'palette') {
    if (source.origin === 'palette') return { kind: 'none' };
    const edit: PluginEdit = { type: 'detach', at: source.ref };
    return { kind: 'edit', edit, label: `Remove ${name} from ${HOOK_NAMES[source.ref.hook]}`, message: `Removed ${name} from ${HOOK_NAMES[source.ref.hook]}.` };
  }
  if (target.kind === 'endpoint') {
    const slotName = ENDPOINT_SLOT_NAMES[target.slot];
    if (!ctx.endpoint) {
      return { kind: 'refused', reason: `${slotName}s belong to one method and path: pick an endpoint first.` };
    }
    if (source.origin !== 'palette') {
      return { kind: 'refused', reason: `${slotName}s are added from the palette; ${name} stays in its hook.` };
    }
    const { method, path, operationId } = ctx.endpoint;
    const edit: PluginEdit = {
      type: 'attachEndpointPlugin',
      kind: target.slot,
      method,
      path,
      fn: source.fn,
      ...(operationId ? { operationId } : {}),
    };
    const where = `${method} ${path}`;
    return { kind: 'edit', edit, label: `Add ${name} to ${where}`, message: `Added ${name} as a ${slotName.toLowerCase()} on ${where}.` };
  }
  const count = ctx.model.hooks[target.hook].functions.length;
  const hookName = HOOK_NAMES[target.hook];
  if (source.origin === 'palette') {
    const index = Math.min(target.index ?? count, count);
    const edit: PluginEdit = { type: 'attach', hook: target.hook, fn: source.fn, index };
    return { kind: 'edit', edit, label: `Add ${name} to ${hookName}`, message: `Added ${name} to ${hookName}, position ${index + 1} of ${count + 1}.` };
  }
  const same = source.ref.hook === target.hook;
  const max = same ? count - 1 : count;
  const index = Math.min(target.index ?? max, max);
  if (same && index === source.ref.index) return { kind: 'none' };
  const edit: PluginEdit = { type: 'move', from: source.ref, to: { hook: target.hook, index } };
  const total = same ? count : count + 1;
  return same
    ? { kind: 'edit', edit, label: `Reorder ${hookName}`, message: `Moved ${name} to position ${index + 1} of ${total} in ${hookName}.` }
    : { kind: 'edit', edit, label: `Move ${name} to ${hookName}`, message: `Moved ${name} to ${hookName}, position ${index + 1} of ${total}.` };
}

/**
 * What dropping `source` on `target` would do. The edit is tried on the definition (edits are pure, so this
 * changes nothing): a refusal carries the domain's reason, the same one the drop would get.
 */
export function planDrop(ctx: DropContext, source: DragSource, target: DropTarget | undefined): DropPlan {
  if (!target) return { kind: 'none' };
  const plan = planEdit(ctx, source, target);
  if (plan.kind !== 'edit') return plan;
  const tried = applyEdit(ctx.doc, ctx.format, plan.edit, ctx.options);
  if (!tried.ok) return { kind: 'refused', reason: tried.reason };
  return plan;
}

export type ZoneKey = string;

/** Whether each zone would take `source` (at its end), for the zones to say so while dragging. */
export function zoneVerdicts(ctx: DropContext, source: DragSource, targets: readonly { key: ZoneKey; target: DropTarget }[]): Map<ZoneKey, DropPlan> {
  const out = new Map<ZoneKey, DropPlan>();
  for (const { key, target } of targets) out.set(key, planDrop(ctx, source, target));
  return out;
}
