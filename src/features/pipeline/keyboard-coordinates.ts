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
    // dnd-kit scrolls only along the arrow's axis and only the dragged item's scroll containers: a hook below
    // the fold (Right in the vertical flow) or any stop of a drag from the palette drawer (a fixed box, so
    // the page is not among them) would stay off screen. Bring the stop into view and aim at where it is now.
    const node = dnd.droppableContainers.get(next.id)?.node.current;
    const live = node ? bringIntoView(node) : rect;
    // Beside the gap's left edge, so the preview does not hide the insertion line.
    return { x: live.left + 24, y: live.top + 4 };
  };
}

/** Scrolls a stop into the window when it is not fully in it; its place on screen afterwards. */
function bringIntoView(node: HTMLElement): DOMRect {
  const before = node.getBoundingClientRect();
  const tall = before.height > window.innerHeight;
  if (before.top < 0 || before.bottom > window.innerHeight) node.scrollIntoView({ block: tall ? 'start' : 'center', inline: 'nearest' });
  return node.getBoundingClientRect();
}
