import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { DragSource, DropTarget } from './dnd-types';
import { dragSourceOf, dropTargetOf } from './dnd-types';
import type { DropContext } from './drop-plan';
import { planDrop } from './drop-plan';
import { ENDPOINT_SLOT_NAMES, HOOK_NAMES } from './hook-labels';
import { dropTargetAt } from './insertion';

export const SCREEN_READER_INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    'To pick up a function, press Space. Use the arrow keys to move it: up and down between positions, left and right ' +
    'between hooks. Press Space again to drop it, or Escape to cancel. Each function also has a menu with Move to.',
};

function sourceText(source: DragSource | undefined): string {
  if (!source) return 'the function';
  const name = source.fn.name || 'the unnamed function';
  return source.origin === 'palette' ? `${name} from the palette` : `${name} from ${HOOK_NAMES[source.ref.hook]}, position ${source.ref.index + 1}`;
}

/** The place a drop would put the function: "Post, position 2 of 3", as it would be once dropped. */
export function placeText(ctx: DropContext, source: DragSource, target: DropTarget | undefined): string {
  if (!target) return 'no hook';
  if (target.kind === 'palette') return source.origin === 'palette' ? 'the palette' : 'the palette (drop to remove)';
  if (target.kind === 'endpoint') {
    const where = ctx.endpoint ? ` on ${ctx.endpoint.method} ${ctx.endpoint.path}` : '';
    return `${ENDPOINT_SLOT_NAMES[target.slot]}${where}`;
  }
  const count = ctx.model.hooks[target.hook].functions.length;
  const total = source.origin === 'hook' && source.ref.hook === target.hook ? count : count + 1;
  const index = Math.min(target.index ?? total - 1, total - 1);
  return `${HOOK_NAMES[target.hook]}, position ${index + 1} of ${total}`;
}

/**
 * Spoken feedback while dragging (dnd-kit reads these into its live region). What a drop did is said by the
 * pipeline's status region instead, so it is heard once.
 */
export function pipelineAnnouncements(context: () => DropContext): Announcements {
  return {
    onDragStart: ({ active }) => `Picked up ${sourceText(dragSourceOf(active.data.current))}.`,
    onDragOver: ({ active, over }) => {
      const source = dragSourceOf(active.data.current);
      const overTarget = dropTargetOf(over?.data.current);
      if (!source || !overTarget) return `${source?.fn.name ?? 'The function'} is over no hook. Dropping here changes nothing.`;
      const ctx = context();
      // A keyboard stop is the gap before a card; the announcement names the place the function would take.
      const target = dropTargetAt(source, overTarget, false);
      const plan = planDrop(ctx, source, target);
      const where = placeText(ctx, source, target);
      if (plan.kind === 'refused') return `Over ${where}: it would refuse. ${plan.reason}`;
      if (plan.kind === 'none') return `Over ${where}: where it is now, dropping here changes nothing.`;
      return `Over ${where}.`;
    },
    onDragEnd: () => undefined,
    onDragCancel: () => undefined,
  };
}
