import { memo, type KeyboardEvent } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Finding, HookKind } from '../../domain/pipeline/model';
import type { DragSource, DropTarget } from './dnd-types';
import { functionId } from './dnd-types';
import { FunctionCardBody } from './FunctionCardBody';
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
  /** What the last chain run on a sample did with this function (the Test panel's "Run the chain"). */
  testMark?: ChainRunMark | undefined;
}

/**
 * One function in a hook. dnd-kit re-renders every sortable on each drag event, so this wrapper stays thin
 * and the card's content is a memoised body that re-renders only when its own fields change.
 */
function FunctionCardImpl(props: FunctionCardProps) {
  const { hook, index, count, name, path, enabled, requireSession, rawBodyOnly, runs, selected } = props;
  const actions = usePipelineActions();
  const ref = { hook, index };
  const drag: DragSource = { origin: 'hook', ref, fn: { name, path, enabled, requireSession, rawBodyOnly } };
  const target: DropTarget = { kind: 'hook', hook, index };
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: functionId(ref),
    data: { drag, target },
  });
  const label = name || '(no name)';

  // Delete on the handle removes the function; every other key goes to dnd-kit's keyboard sensor.
  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === 'Delete' && !isDragging) {
      event.preventDefault();
      actions.apply({ type: 'detach', at: ref }, `Remove ${label} from ${HOOK_NAMES[hook]}`, `Removed ${label} from ${HOOK_NAMES[hook]}.`);
      return;
    }
    (listeners?.onKeyDown as ((event: KeyboardEvent<HTMLButtonElement>) => void) | undefined)?.(event);
  }

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-testid={`fn-${hook}-${index}`}
      data-function={name}
      className={`flex items-start gap-2 rounded border bg-white p-2 text-sm ${selected ? 'border-indigo-500 ring-1 ring-indigo-500' : 'border-slate-300'} ${
        isDragging ? 'opacity-50' : ''
      } ${runs === false ? 'border-dashed' : ''} ${runs === true ? 'border-emerald-500' : ''}`}
    >
      <button
        type="button"
        className="cursor-grab touch-none rounded px-1 text-slate-600 hover:bg-slate-100"
        aria-label={`Drag ${label}, ${HOOK_NAMES[hook]} position ${index + 1} of ${count} (Delete removes it)`}
        aria-keyshortcuts="Delete"
        {...attributes}
        {...listeners}
        onKeyDown={onKeyDown}
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <FunctionCardBody {...props} />
    </li>
  );
}

export const FunctionCard = memo(FunctionCardImpl);
