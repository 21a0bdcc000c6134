import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { DragSource, DropTarget } from './dnd-types';
import { dragSourceOf, dropTargetOf } from './dnd-types';
import type { DropPlan } from './drop-plan';
import { ENDPOINT_SLOT_NAMES, HOOK_NAMES } from './hook-labels';

export const SCREEN_READER_INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    'To pick up a function, press Space or Enter. Use the arrow keys to move it between positions and hooks. ' +
    'Press Space or Enter again to drop it, or Escape to cancel. Each function also has Move up, Move down and Move to controls.',
};

function sourceText(source: DragSource | undefined): string {
  if (!source) return 'the function';
  const name = source.fn.name || 'the unnamed function';
  return source.origin === 'palette' ? `${name} from the palette` : `${name} from ${HOOK_NAMES[source.ref.hook]}, position ${source.ref.index + 1}`;
}

export function targetText(target: DropTarget | undefined): string {
  if (!target) return 'no hook';
  if (target.kind === 'palette') return 'the palette (drop to remove)';
  if (target.kind === 'endpoint') return ENDPOINT_SLOT_NAMES[target.slot];
  return target.index === undefined ? `the end of ${HOOK_NAMES[target.hook]}` : `${HOOK_NAMES[target.hook]}, position ${target.index + 1}`;
}

export interface AnnouncementSources {
  /** What a drop on this target would do (a dry run of the edit). */
  plan(source: DragSource, target: DropTarget | undefined): DropPlan;
  /** What the last drop did, set by the drop handler just before the end announcement is made. */
  lastOutcome(): string | undefined;
}

/** Spoken feedback for each step of a drag (dnd-kit reads these into its live region). */
export function pipelineAnnouncements(sources: AnnouncementSources): Announcements {
  return {
    onDragStart: ({ active }) => `Picked up ${sourceText(dragSourceOf(active.data.current))}.`,
    onDragOver: ({ active, over }) => {
      const source = dragSourceOf(active.data.current);
      const target = dropTargetOf(over?.data.current);
      if (!source || !target) return `${source?.fn.name ?? 'The function'} is over no hook. Dropping here changes nothing.`;
      const plan = sources.plan(source, target);
      if (plan.kind === 'refused') return `Over ${targetText(target)}: it would refuse. ${plan.reason}`;
      if (plan.kind === 'none') return `Over ${targetText(target)}: dropping here changes nothing.`;
      return `Over ${targetText(target)}.`;
    },
    onDragEnd: ({ active }) => sources.lastOutcome() ?? `Dropped ${dragSourceOf(active.data.current)?.fn.name ?? 'the function'}.`,
    onDragCancel: ({ active }) => {
      const source = dragSourceOf(active.data.current);
      return `Cancelled. ${source?.fn.name ?? 'The function'} stays where it was; nothing changed.`;
    },
  };
}

/** Holds what the last drop did until the end announcement takes it. */
export class DropOutcome {
  private text: string | undefined;
  set(text: string | undefined): void {
    this.text = text;
  }
  take(): string | undefined {
    const text = this.text;
    this.text = undefined;
    return text;
  }
}
