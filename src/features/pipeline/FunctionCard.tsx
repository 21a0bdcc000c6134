import { memo, type KeyboardEvent } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Finding, HookKind } from '../../domain/pipeline/model';
import { Badge } from '../../components/Badge';
import type { DragSource, DropTarget } from './dnd-types';
import { functionId } from './dnd-types';
import { FunctionActions } from './FunctionActions';
import { FindingMarkers } from './FindingMarkers';
import { usePipelineActions } from './pipeline-context';
import { HOOK_NAMES } from './hook-labels';

export interface FunctionCardProps {
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
}

function FunctionCardImpl(props: FunctionCardProps) {
  const { hook, index, count, name, path, enabled, requireSession, rawBodyOnly, driver, runs, reason, findings, selected } = props;
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
      className={`rounded border bg-white p-2 text-sm ${selected ? 'border-indigo-500 ring-1 ring-indigo-500' : 'border-slate-300'} ${
        isDragging ? 'opacity-50' : ''
      } ${runs === false ? 'border-dashed' : ''} ${runs === true ? 'border-emerald-500' : ''}`}
    >
      <div className="flex items-start gap-2">
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
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-1">
            <span className={`font-mono font-medium ${enabled ? '' : 'line-through'}`}>{label}</span>
            <Badge>{driver || 'no driver'}</Badge>
            {!enabled && <Badge tone="warning">disabled</Badge>}
            {requireSession && <Badge tone="info">requires session</Badge>}
            {rawBodyOnly && <Badge tone="info">raw body only</Badge>}
            {runs === true && <Badge tone="success">runs</Badge>}
          </div>
          <div className="truncate font-mono text-xs text-slate-600" title={path}>
            {path || 'no file (found by name)'}
          </div>
          {runs === false && reason && <p className="text-xs text-slate-700">Skipped: {reason}</p>}
          {findings && findings.length > 0 && <FindingMarkers findings={findings} subject={label} />}
        </div>
      </div>
      <FunctionActions hook={hook} index={index} count={count} name={label} enabled={enabled} />
    </li>
  );
}

/** One function in a hook; re-renders only when its own fields change. */
export const FunctionCard = memo(FunctionCardImpl);
