import { closestCenter, pointerWithin, type Collision, type CollisionDetection } from '@dnd-kit/core';
import { PALETTE_ZONE_ID, dropTargetOf } from './dnd-types';

/** What a collision says beyond its droppable: the pointer is on the lower half of a card (drop after it). */
export interface CollisionPlace {
  after: boolean;
}

export function placeOf(collision: Collision | undefined): CollisionPlace {
  const data = collision?.data as Partial<CollisionPlace> | undefined;
  return { after: data?.after === true };
}

/**
 * With a pointer: the palette if it is under it, else the card under it (and which half), else the zone under
 * it, else nothing. With the keyboard
 * (no pointer): the stop the arrow keys chose (`keyboardStop`), so a drag moves between the gaps in order
 * rather than to whatever lies nearest.
 */
export function pipelineCollisions(keyboardStop: () => string | undefined): CollisionDetection {
  return (args) => {
    const { pointerCoordinates, droppableRects, droppableContainers } = args;
    if (!pointerCoordinates) {
      const id = keyboardStop();
      const stop = id === undefined ? undefined : droppableContainers.find((container) => container.id === id);
      return stop ? [{ id: stop.id, data: { droppableContainer: stop, after: false } }] : closestCenter(args);
    }
    const within = pointerWithin(args);
    // The palette is over the diagram when it is a drawer: under the pointer, it is the one aimed at.
    const palette = within.find((hit) => hit.id === PALETTE_ZONE_ID);
    if (palette) return [palette];
    const card = within.find((hit) => String(hit.id).startsWith('fn:'));
    if (!card) return within;
    const rect = droppableRects.get(card.id);
    const target = dropTargetOf(droppableContainers.find((container) => container.id === card.id)?.data.current);
    const after = rect !== undefined && target !== undefined && pointerCoordinates.y > rect.top + rect.height / 2;
    return [{ ...card, data: { ...card.data, after } }];
  };
}
