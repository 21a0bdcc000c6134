import type { FunctionInput, FunctionRef } from '../../domain/pipeline/edit-types';
import type { HookKind } from '../../domain/pipeline/model';

/** What is being dragged: a palette entry (attached as a new entry) or a function already in a hook. */
export type DragSource =
  | { origin: 'palette'; fn: FunctionInput }
  | { origin: 'hook'; ref: FunctionRef; fn: FunctionInput };

/** Per-endpoint slots: a Go post plugin (`go_plugin` / operation `postPlugins`) or a virtual endpoint. */
export type EndpointSlot = 'goPlugin' | 'virtual';

/** Where something can be dropped. `index` absent: at the end. */
export type DropTarget =
  | { kind: 'hook'; hook: HookKind; index?: number }
  | { kind: 'endpoint'; slot: EndpointSlot }
  | { kind: 'palette' };

/** The method and path a view is about: a picked endpoint or a traced request. */
export interface RequestFocus {
  method: string;
  path: string;
  operationId?: string;
}

export const zoneId = (hook: HookKind) => `zone:${hook}`;
export const endpointZoneId = (slot: EndpointSlot) => `zone:endpoint:${slot}`;
export const functionId = (ref: FunctionRef) => `fn:${ref.hook}:${ref.index}`;
export const paletteItemId = (index: number) => `palette:${index}`;
export const PALETTE_ZONE_ID = 'zone:palette';

/** The zone a target is in (a card's hook). */
export function zoneIdOf(target: DropTarget): string {
  if (target.kind === 'palette') return PALETTE_ZONE_ID;
  if (target.kind === 'endpoint') return endpointZoneId(target.slot);
  return zoneId(target.hook);
}

/** dnd-kit keeps arbitrary data on draggables and droppables; these read it back with a type check. */
export function dragSourceOf(data: unknown): DragSource | undefined {
  if (typeof data !== 'object' || data === null || !('drag' in data)) return undefined;
  return (data as { drag?: DragSource }).drag;
}

export function dropTargetOf(data: unknown): DropTarget | undefined {
  if (typeof data !== 'object' || data === null || !('target' in data)) return undefined;
  return (data as { target?: DropTarget }).target;
}
