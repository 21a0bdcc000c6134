import { memo, useMemo } from 'react';
import { useDraggable } from '@dnd-kit/core';
import type { FunctionInput } from '../../domain/pipeline/edit-types';
import type { HookKind } from '../../domain/pipeline/model';
import type { DropTarget, EndpointSlot } from './dnd-types';
import { paletteItemId } from './dnd-types';
import { ENDPOINT_SLOT_NAMES } from './hook-labels';
import { MoveToMenu } from './MoveToMenu';
import { usePipelineActions } from './pipeline-context';

interface Props {
  index: number;
  name: string;
  path: string;
  from: string;
  /** A picked endpoint: the per-endpoint slots join the "Add to…" menu. */
  endpointLabel: string | undefined;
}

/**
 * One palette entry. dnd-kit re-renders every draggable on each drag event, so this wrapper stays thin and
 * the entry's content is a memoised body that re-renders only when its own fields change.
 */
function PaletteItemImpl({ index, name, path, from, endpointLabel }: Props) {
  const fn: FunctionInput = { name, path };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: paletteItemId(index), data: { drag: { origin: 'palette', fn } } });
  return (
    <li ref={setNodeRef} className={`rounded border border-slate-300 bg-white p-2 text-sm ${isDragging ? 'opacity-50' : ''}`} data-palette={name}>
      <div className="flex items-start gap-2">
        <button
          type="button"
          className="cursor-grab touch-none rounded px-1 text-slate-600 hover:bg-slate-100"
          aria-label={`Drag ${name} from the palette`}
          {...attributes}
          {...listeners}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <PaletteItemBody name={name} path={path} from={from} endpointLabel={endpointLabel} />
      </div>
    </li>
  );
}

const PaletteItemBody = memo(function PaletteItemBody({ name, path, from, endpointLabel }: Omit<Props, 'index'>) {
  const actions = usePipelineActions();
  const extra = useMemo(
    () =>
      endpointLabel
        ? (['goPlugin', 'virtual'] as EndpointSlot[]).map((slot) => ({ key: `endpoint:${slot}`, label: `${ENDPOINT_SLOT_NAMES[slot]} on ${endpointLabel}` }))
        : [],
    [endpointLabel],
  );

  function add(key: string) {
    const target: DropTarget = key.startsWith('endpoint:')
      ? { kind: 'endpoint', slot: key.slice('endpoint:'.length) as EndpointSlot }
      : { kind: 'hook', hook: key as HookKind };
    actions.drop({ origin: 'palette', fn: { name, path } }, target);
  }

  return (
    <div className="min-w-0 flex-1">
      <div className="font-mono font-medium break-all">{name}</div>
      <div className="truncate font-mono text-xs text-slate-600" title={path}>
        {path || 'no file (found by name)'}
      </div>
      <div className="text-xs text-slate-600">{from}</div>
      <div className="mt-1">
        <MoveToMenu name={name} verb="Add to" extra={extra} onPick={add} />
      </div>
    </div>
  );
});

export const PaletteItem = memo(PaletteItemImpl);
