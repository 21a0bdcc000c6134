import { memo, type KeyboardEvent } from 'react';
import { useDraggable, useDroppable } from '@dnd-kit/core';
import type { Finding, HookKind } from '../../domain/pipeline/model';
import type { DragSource, DropTarget } from './dnd-types';
import { functionId } from './dnd-types';
import { CardFace } from './CardFace';
import { CardMenu } from './CardMenu';
import { INSPECTOR_ID } from './inspector-id';
import { usePipelineActions } from './pipeline-context';
import { HOOK_NAMES } from './hook-labels';
import type { ChainRunMark } from '../common/chain-run-marks';

export interface FunctionCardProps {
  /** The API's id, for the card's "Edit code" link (a string, so the memo holds). */
  apiId: string;
  hook: HookKind;
  index: number;
  count: number;
  name: string;
  path: string;
  enabled: boolean;
  requireSession: boolean;
  rawBodyOnly: boolean;
  driver: string;
  /** With a traced request or a picked endpoint: whether it runs, and why not. */
  runs?: boolean | undefined;
  reason?: string | undefined;
  findings?: readonly Finding[] | undefined;
  selected: boolean;
  /** While dragging: the insertion line is drawn on this side of the card. */
  line?: 'before' | 'after' | undefined;
  /** What the last chain run on a sample did with this function (the Test panel's "Run the chain"). */
  testMark?: ChainRunMark | undefined;
}

/**
 * One function in a hook, dragged by its whole body (a click or Enter opens it in the inspector, Space picks it
 * up). dnd-kit re-renders every draggable on each drag event, so this wrapper stays thin and the card's
 * content is a memoised body that re-renders only when its own fields change.
 */
function FunctionCardImpl(props: FunctionCardProps) {
  const { hook, index, count, name, path, enabled, requireSession, rawBodyOnly, runs, selected, line } = props;
  const actions = usePipelineActions();
  const ref = { hook, index };
  const id = functionId(ref);
  const drag: DragSource = { origin: 'hook', ref, fn: { name, path, enabled, requireSession, rawBodyOnly } };
  const target: DropTarget = { kind: 'hook', hook, index };
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({ id, data: { drag } });
  const { setNodeRef: setDropRef } = useDroppable({ id, data: { target } });
  const label = name || '(no name)';

  // Enter opens the inspector and Delete removes; Space (a start key) reaches dnd-kit's listener on the card.
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (isDragging) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      actions.select(ref);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      actions.apply({ type: 'detach', at: ref }, `Remove ${label} from ${HOOK_NAMES[hook]}`, `Removed ${label} from ${HOOK_NAMES[hook]}.`);
    }
  }

  const tone = selected ? 'border-indigo-500 ring-2 ring-indigo-500' : runs === true ? 'border-emerald-500' : runs === false ? 'border-dashed border-slate-400 bg-slate-50' : 'border-slate-300';
  return (
    <li
      ref={(node) => {
        setNodeRef(node);
        setDropRef(node);
      }}
      data-testid={`fn-${hook}-${index}`}
      data-function={name}
      data-runs={runs === undefined ? undefined : String(runs)}
      // The whole card drags (its pointer listeners are here); the keyboard's are on the focusable part.
      className={`relative flex cursor-grab select-none items-start gap-1 rounded border bg-white p-1 shadow-sm ${tone} ${isDragging ? 'opacity-50' : ''}`}
      {...listeners}
    >
      {line && (
        <span aria-hidden="true" data-testid="insertion-line" className={`insertion-line ${line === 'before' ? 'is-before' : 'is-after'}`} />
      )}
      <div
        ref={setActivatorNodeRef}
        {...attributes}
        role="button"
        tabIndex={0}
        aria-roledescription="draggable function"
        aria-label={`${label}, ${HOOK_NAMES[hook]} position ${index + 1} of ${count}`}
        aria-expanded={selected}
        aria-controls={selected ? INSPECTOR_ID : undefined}
        className="min-w-0 flex-1 rounded"
        onKeyDown={onKeyDown}
        onClick={() => actions.select(ref)}
      >
        <CardFace {...props} />
      </div>
      <CardMenu hook={hook} index={index} count={count} name={label} enabled={enabled} apiId={props.apiId} driver={props.driver} path={path} />
    </li>
  );
}

export const FunctionCard = memo(FunctionCardImpl);
