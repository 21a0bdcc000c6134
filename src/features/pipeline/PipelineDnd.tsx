import { useMemo, useState, type ReactNode } from 'react';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  useSensor,
  useSensors,
  type DragCancelEvent,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import type { DropTarget } from './dnd-types';
import { PALETTE_ZONE_ID, dragSourceOf, dropTargetOf, endpointZoneId, functionId, zoneId, zoneIdOf } from './dnd-types';
import type { DropContext } from './drop-plan';
import { planDrop, zoneVerdicts } from './drop-plan';
import { DROP_HOOKS } from './hook-labels';
import { SCREEN_READER_INSTRUCTIONS, pipelineAnnouncements } from './announcements';
import { DragStateContext, IDLE_DRAG, type DragState, type PipelineActions } from './pipeline-context';
import { markDropStart } from './perf-marks';
import { pipelineCollisions, placeOf } from './collisions';
import { dropTargetAt, insertionAt } from './insertion';
import { keyboardCoordinates, KEYBOARD_CODES } from './keyboard-coordinates';
import { DragPreview } from './DragPreview';

const ZONES: { key: string; target: DropTarget }[] = [
  ...DROP_HOOKS.map((hook) => ({ key: zoneId(hook), target: { kind: 'hook', hook } as DropTarget })),
  { key: endpointZoneId('virtual'), target: { kind: 'endpoint', slot: 'virtual' } },
  { key: endpointZoneId('goPlugin'), target: { kind: 'endpoint', slot: 'goPlugin' } },
  { key: PALETTE_ZONE_ID, target: { kind: 'palette' } },
];

/** Where a drag is, kept outside React's state: the sensors and the collision detection read it as it moves. */
class DragTrack {
  /** A keyboard drag's stop (a droppable id), chosen by the arrow keys; none while the pointer drags. */
  keyboardStop: string | undefined;
  /** The last place the drag was over, so a pointer move within it does not plan the drop again. */
  lastOver: { key: string; target: DropTarget } | undefined;

  start(keyboardStop: string | undefined): void {
    this.keyboardStop = keyboardStop;
    this.lastOver = undefined;
  }

  over(place: { key: string; target: DropTarget } | undefined): void {
    this.lastOver = place;
  }
}

const MEASURING = { droppable: { strategy: MeasuringStrategy.WhileDragging } };

interface Props {
  /** The current draft, read when a drag starts (never mirrored). */
  context: () => DropContext;
  actions: PipelineActions;
  /** A drag starts or ends (the palette drawer steps aside while one from it is on). */
  onDragging?: (dragging: boolean, drag: { byKeyboard: boolean; fromPalette: boolean }) => void;
  children: ReactNode;
}

/** Drag and drop for the whole pipeline: palette, hooks and endpoint slots, by pointer and keyboard. */
export function PipelineDnd({ context, actions, onDragging, children }: Props) {
  const [state, setState] = useState<DragState>(IDLE_DRAG);
  const [track] = useState(() => new DragTrack());
  const collisions = useMemo(() => pipelineCollisions(() => track.keyboardStop), [track]);
  const coordinateGetter = useMemo(() => keyboardCoordinates(context, track), [context, track]);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter, keyboardCodes: KEYBOARD_CODES }),
  );
  const announcements = useMemo(() => pipelineAnnouncements(context), [context]);

  function onDragStart(event: DragStartEvent) {
    const source = dragSourceOf(event.active.data.current);
    if (!source) return;
    const byKeyboard = typeof KeyboardEvent !== 'undefined' && event.activatorEvent instanceof KeyboardEvent;
    track.start(byKeyboard ? (source.origin === 'palette' ? PALETTE_ZONE_ID : functionId(source.ref)) : undefined);
    setState({ source, byKeyboard, verdicts: zoneVerdicts(context(), source, ZONES), over: null });
    onDragging?.(true, { byKeyboard, fromPalette: source.origin === 'palette' });
  }

  function onDragMove(event: DragMoveEvent) {
    const source = dragSourceOf(event.active.data.current);
    const over = dropTargetOf(event.over?.data.current);
    if (!source) return;
    const after = track.keyboardStop === undefined && placeOf(event.collisions?.[0]).after;
    const key = over ? `${String(event.over?.id)}:${String(after)}` : '';
    if (track.lastOver?.key === key) return;
    const target = over ? dropTargetAt(source, over, after) : undefined;
    track.over(target ? { key, target } : undefined);
    setState((current) => ({
      ...current,
      over: over && target ? { zone: zoneIdOf(over), insertion: insertionAt(over, after), plan: planDrop(context(), source, target) } : null,
    }));
  }

  function finish() {
    const drag = { byKeyboard: track.keyboardStop !== undefined, fromPalette: state.source?.origin === 'palette' };
    track.start(undefined);
    setState(IDLE_DRAG);
    onDragging?.(false, drag);
  }

  // The outcome of a drag is said in the pipeline's status region (a live region), not by dnd-kit's, so it
  // is spoken once and stays on screen.
  function onDragEnd(event: DragEndEvent) {
    const source = dragSourceOf(event.active.data.current);
    const target = event.over ? track.lastOver?.target : undefined;
    finish();
    if (!source) return;
    if (!target) return actions.announce(`Dropped ${source.fn.name} outside any hook: nothing changed.`);
    markDropStart();
    const plan = actions.drop(source, target);
    if (plan.kind === 'none') actions.announce(`Dropped ${source.fn.name} where it was: nothing changed.`);
  }

  function onDragCancel(event: DragCancelEvent) {
    finish();
    const source = dragSourceOf(event.active.data.current);
    actions.announce(`Cancelled. ${source?.fn.name ?? 'The function'} stays where it was; nothing changed.`);
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisions}
      // Hundreds of drop targets: measured when a drag starts (and as it needs), never while no drag is on,
      // so a drop does not pay for measuring every card again once it lands.
      measuring={MEASURING}
      onDragStart={onDragStart}
      onDragMove={onDragMove}
      onDragOver={onDragMove}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
      accessibility={{ announcements, screenReaderInstructions: SCREEN_READER_INSTRUCTIONS }}
    >
      <DragStateContext.Provider value={state}>{children}</DragStateContext.Provider>
      <DragOverlay dropAnimation={null}>{state.source ? <DragPreview source={state.source} /> : null}</DragOverlay>
    </DndContext>
  );
}
