import { createContext, useContext } from 'react';
import type { FunctionRef, PluginEdit } from '../../domain/pipeline/edit-types';
import type { DragSource, DropTarget } from './dnd-types';
import type { PluginFiles } from '../../drafts/draft-types';
import type { DropPlan } from './drop-plan';
import type { Insertion } from './insertion';
import type { RenamePlan } from './rename-plan';

export type MessageTone = 'info' | 'error';

/** The pipeline's commands; stable for the life of the view (they read the draft when called). */
export interface PipelineActions {
  /** One edit through the session = one undo step. Shows the refusal and returns false when refused. */
  apply(edit: PluginEdit, label: string, done?: string): boolean;
  /** An edit and new plugin files together: one undo step restores both. False (and says why) when refused. */
  applyWithFiles(edit: PluginEdit, files: PluginFiles, label: string, done?: string): boolean;
  /** The rename in the plugin files to offer when a function is renamed (undefined: no file defines `from`). */
  planRename(from: string, to: string): RenamePlan | undefined;
  /** A drop (or its keyboard/menu twin): the same plan either way. */
  drop(source: DragSource, target: DropTarget): DropPlan;
  announce(text: string, tone?: MessageTone): void;
  select(ref: FunctionRef | null): void;
  /** Go to an address of the app (a card's "Edit code"), as a router link would. */
  open(href: string): void;
}

export const PipelineActionsContext = createContext<PipelineActions | null>(null);

export function usePipelineActions(): PipelineActions {
  const actions = useContext(PipelineActionsContext);
  if (!actions) throw new Error('usePipelineActions outside the pipeline view');
  return actions;
}

/** Where a drag is now: the zone under the pointer (or the keyboard's stop), the gap it would land in, and what a drop there does. */
export interface DragOver {
  zone: string;
  insertion: Insertion | undefined;
  plan: DropPlan;
}

/** While dragging: what is dragged, what each zone would do with it (by zone id), and where it is. */
export interface DragState {
  source: DragSource | null;
  /** Picked up with the keyboard (the arrow keys choose the place, not the pointer). */
  byKeyboard: boolean;
  verdicts: ReadonlyMap<string, DropPlan>;
  over: DragOver | null;
}

export const IDLE_DRAG: DragState = { source: null, byKeyboard: false, verdicts: new Map(), over: null };

export const DragStateContext = createContext<DragState>(IDLE_DRAG);

export function useDragState(): DragState {
  return useContext(DragStateContext);
}

export function useZoneVerdict(zone: string): { dragging: boolean; plan: DropPlan | undefined; over: DragOver | null } {
  const state = useContext(DragStateContext);
  const over = state.over?.zone === zone ? state.over : null;
  return { dragging: state.source !== null, plan: state.verdicts.get(zone), over };
}
