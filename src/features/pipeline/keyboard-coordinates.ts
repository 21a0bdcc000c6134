import { KeyboardCode, type KeyboardCoordinateGetter, type KeyboardCodes } from '@dnd-kit/core';
import { dragSourceOf, dropTargetOf } from './dnd-types';
import type { DropContext } from './drop-plan';
import { keyboardStops, stepStop, type KeyboardStop, type StepKey } from './keyboard-stops';

/** Space picks up and drops, Escape cancels; Enter is left to the card (it opens the inspector) until a drag is on. */
export const KEYBOARD_CODES: KeyboardCodes = {
  start: [KeyboardCode.Space],
  cancel: [KeyboardCode.Esc],
  end: [KeyboardCode.Space, KeyboardCode.Enter],
};

const STEP_KEYS: readonly string[] = [KeyboardCode.Down, KeyboardCode.Up, KeyboardCode.Right, KeyboardCode.Left];

/**
 * The keyboard sensor's moves: each arrow key steps to the next stop (keyboard-stops.ts) and puts the dragged
 * preview on it; the collision detection then reports that stop. It works the same for a palette entry and for
 * a card (dnd-kit's sortable getter only knows sortable items, so a palette entry never moved).
 */
export function keyboardCoordinates(context: () => DropContext, track: { keyboardStop: string | undefined; start(stop: string | undefined): void }): KeyboardCoordinateGetter {
  return (event, { context: dnd }) => {
    if (!STEP_KEYS.includes(event.code)) return undefined;
    event.preventDefault();
    const source = dragSourceOf(dnd.active?.data.current);
    if (!source) return undefined;
    const droppables: KeyboardStop[] = [];
    for (const container of dnd.droppableContainers.getEnabled()) {
      const target = dropTargetOf(container.data.current);
      if (target && dnd.droppableRects.has(container.id)) droppables.push({ id: String(container.id), target });
    }
    const { model } = context();
    const stops = keyboardStops(droppables, source, (hook) => model.hooks[hook].functions.length);
    const next = stepStop(stops, track.keyboardStop, event.code as StepKey);
    const rect = next ? dnd.droppableRects.get(next.id) : undefined;
    if (!next || !rect) return undefined;
    track.start(next.id);
    // Beside the gap's left edge, so the preview does not hide the insertion line.
    return { x: rect.left + 24, y: rect.top + 4 };
  };
}
