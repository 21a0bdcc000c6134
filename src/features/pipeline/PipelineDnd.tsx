import { useMemo, useState, type ReactNode } from 'react';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  closestCenter,
  pointerWithin,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import type { DragSource, DropTarget } from './dnd-types';
import { PALETTE_ZONE_ID, dragSourceOf, dropTargetOf, endpointZoneId, zoneId } from './dnd-types';
import type { DropContext, DropPlan } from './drop-plan';
import { planDrop, zoneVerdicts } from './drop-plan';
import { DROP_HOOKS } from './hook-labels';
import { DropOutcome, SCREEN_READER_INSTRUCTIONS, pipelineAnnouncements } from './announcements';
import { DragStateContext, type DragState, type PipelineActions } from './pipeline-context';
import { markDropStart } from './perf-marks';

const ZONES: { key: string; target: DropTarget }[] = [
  ...DROP_HOOKS.map((hook) => ({ key: zoneId(hook), target: { kind: 'hook', hook } as DropTarget })),
  { key: endpointZoneId('virtual'), target: { kind: 'endpoint', slot: 'virtual' } },
  { key: endpointZoneId('goPlugin'), target: { kind: 'endpoint', slot: 'goPlugin' } },
  { key: PALETTE_ZONE_ID, target: { kind: 'palette' } },
];

const MEASURING = { droppable: { strategy: MeasuringStrategy.WhileDragging } };

/** Prefer the function under the pointer over the hook around it; with no pointer (keyboard), the nearest. */
const collisions: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  if (within.length > 0) {
    const cards = within.filter((hit) => String(hit.id).startsWith('fn:'));
    return cards.length > 0 ? cards : within;
  }
  if (args.pointerCoordinates) return [];
  return closestCenter(args);
};

interface Props {
  /** The current draft, read when a drag starts (never mirrored). */
  context: () => DropContext;
  actions: PipelineActions;
  children: ReactNode;
}

/** Drag and drop for the whole pipeline: palette, hooks and endpoint slots, by pointer and keyboard. */
export function PipelineDnd({ context, actions, children }: Props) {
  const [state, setState] = useState<DragState>({ source: null, verdicts: new Map() });
  // What the last drop did, for the end announcement dnd-kit makes right after the drop handler.
  const [outcome] = useState(() => new DropOutcome());
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const announcements = useMemo(
    () =>
      pipelineAnnouncements({
        plan: (source: DragSource, target: DropTarget | undefined): DropPlan => planDrop(context(), source, target),
        lastOutcome: () => outcome.take(),
      }),
    [context, outcome],
  );

  function onDragStart(event: DragStartEvent) {
    const source = dragSourceOf(event.active.data.current);
    if (!source) return;
    outcome.set(undefined);
    setState({ source, verdicts: zoneVerdicts(context(), source, ZONES) });
  }

  function onDragEnd(event: DragEndEvent) {
    const source = dragSourceOf(event.active.data.current);
    const target = dropTargetOf(event.over?.data.current);
    setState({ source: null, verdicts: new Map() });
    if (!source) return;
    if (!target) {
      outcome.set(`Dropped ${source.fn.name} outside any hook: nothing changed.`);
      return;
    }
    markDropStart();
    const plan = actions.drop(source, target);
    outcome.set(
      plan.kind === 'edit' ? plan.message : plan.kind === 'refused' ? `Refused: ${plan.reason} Nothing changed.` : 'Dropped where it was: nothing changed.',
    );
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisions}
      // Hundreds of drop targets: measured when a drag starts (and as it needs), never while no drag is on,
      // so a drop does not pay for measuring every card again once it lands.
      measuring={MEASURING}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setState({ source: null, verdicts: new Map() })}
      accessibility={{ announcements, screenReaderInstructions: SCREEN_READER_INSTRUCTIONS }}
    >
      <DragStateContext.Provider value={state}>{children}</DragStateContext.Provider>
      <DragOverlay dropAnimation={null}>
        {state.source ? (
          <div className="rounded border border-indigo-400 bg-white px-3 py-1.5 font-mono text-sm shadow-lg">{state.source.fn.name}</div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
