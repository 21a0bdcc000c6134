import { memo } from 'react';
import { useDraggable } from '@dnd-kit/core';
import type { FunctionInput } from '../../domain/pipeline/edit-types';
import type { HookKind } from '../../domain/pipeline/model';
import { PopoverMenu, type MenuItem } from '../../components/PopoverMenu';
import type { DropTarget, EndpointSlot } from './dnd-types';
import { paletteItemId } from './dnd-types';
import { DROP_HOOKS, ENDPOINT_SLOT_NAMES, HOOK_NAMES } from './hook-labels';
import { usePipelineActions } from './pipeline-context';

interface Props {
  index: number;
  name: string;
  path: string;
  from: string;
  /** A picked endpoint: the per-endpoint slots join the "Add to…" menu. */
  endpointLabel: string | undefined;
  /** Hooks that take no function here, marked in the menu. */
  locked: ReadonlySet<HookKind>;
}

/**
 * One palette entry, dragged by its whole body (Space picks it up from the keyboard). dnd-kit re-renders every
 * draggable on each drag event, so this wrapper stays thin and the entry's content is memoised.
 */
function PaletteItemImpl({ index, name, path, from, endpointLabel, locked }: Props) {
  const fn: FunctionInput = { name, path };
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({ id: paletteItemId(index), data: { drag: { origin: 'palette', fn } } });
  return (
    <li
      ref={setNodeRef}
      className={`relative flex cursor-grab select-none items-start gap-1 rounded border border-slate-300 bg-white p-1 text-sm shadow-sm ${isDragging ? 'opacity-50' : ''}`}
      data-palette={name}
      {...listeners}
    >
      <div ref={setActivatorNodeRef} {...attributes} aria-roledescription="draggable function" aria-label={`${name}, in the palette`} className="min-w-0 flex-1 rounded">
        <PaletteEntryFace name={name} path={path} from={from} />
      </div>
      <div className="absolute bottom-1 right-2">
        <AddToMenu name={name} path={path} endpointLabel={endpointLabel} locked={locked} />
      </div>
    </li>
  );
}

const PaletteEntryFace = memo(function PaletteEntryFace({ name, path, from }: { name: string; path: string; from: string }) {
  return (
    <>
      <span className="flex items-start gap-1">
        <span aria-hidden="true" className="leading-5 text-slate-500">
          ⠿
        </span>
        <span className="block min-w-0 truncate font-mono text-xs font-medium text-slate-900" title={name}>
          {name}
        </span>
      </span>
      <span className="block truncate pl-3 font-mono text-xs text-slate-600" title={path}>
        {path || 'no file (found by name)'}
      </span>
      <span className="block pr-16 pl-3 text-xs text-slate-600">{from}</span>
    </>
  );
});

const AddToMenu = memo(function AddToMenu({ name, path, endpointLabel, locked }: Omit<Props, 'index' | 'from'>) {
  const actions = usePipelineActions();
  const add = (target: DropTarget) => actions.drop({ origin: 'palette', fn: { name, path } }, target);
  const items = (): MenuItem[] => [
    ...DROP_HOOKS.map((hook) => ({ key: hook, label: `${HOOK_NAMES[hook]}${locked.has(hook) ? ' (locked)' : ''}`, onSelect: () => add({ kind: 'hook', hook }) })),
    ...(endpointLabel
      ? (['goPlugin', 'virtual'] as EndpointSlot[]).map((slot) => ({ key: slot, label: `${ENDPOINT_SLOT_NAMES[slot]} on ${endpointLabel}`, onSelect: () => add({ kind: 'endpoint', slot }) }))
      : []),
  ];
  return (
    <PopoverMenu label={`Add ${name} to…`} className="shrink-0 rounded border border-slate-300 px-1.5 text-xs text-slate-800 hover:bg-slate-100" items={items}>
      Add to…
    </PopoverMenu>
  );
});

export const PaletteItem = memo(PaletteItemImpl);
