import { useState } from 'react';
import { useDroppable } from '@dnd-kit/core';
import type { FunctionInput } from '../../domain/pipeline/edit-types';
import type { HookKind } from '../../domain/pipeline/model';
import { PALETTE_ZONE_ID } from './dnd-types';
import type { PaletteEntry } from './palette-entries';
import { PaletteItem } from './PaletteItem';
import { NewFunctionForm } from './NewFunctionForm';
import { useDragState, useZoneVerdict } from './pipeline-context';

interface Props {
  entries: readonly PaletteEntry[];
  endpointLabel: string | undefined;
  locked: ReadonlySet<HookKind>;
  onCreate: (fn: FunctionInput) => void;
}

/** More than this many known functions: the palette shows the first ones and a filter. */
const SHOWN = 12;

/** The functions known for this API, to drag onto hooks; a function dropped back here is removed from its hook. */
export function Palette({ entries, endpointLabel, locked, onCreate }: Props) {
  const [filter, setFilter] = useState('');
  const [all, setAll] = useState(false);
  const needle = filter.trim().toLowerCase();
  const matching = needle ? entries.filter((entry) => entry.fn.name.toLowerCase().includes(needle) || (entry.fn.path ?? '').toLowerCase().includes(needle)) : entries;
  const shown = all ? matching : matching.slice(0, SHOWN);
  const { source, byKeyboard } = useDragState();
  // A pointer drag from the palette drawer moves the drawer aside: where it was must not catch the drop
  // (a keyboard drag picks its places by the arrow keys, and starts on the palette).
  const fromHere = source?.origin === 'palette' && !byKeyboard;
  const { setNodeRef } = useDroppable({ id: PALETTE_ZONE_ID, data: { target: { kind: 'palette' } }, disabled: fromHere });
  const { dragging, plan, over } = useZoneVerdict(PALETTE_ZONE_ID);
  const removing = dragging && plan?.kind === 'edit';
  return (
    <div
      ref={setNodeRef}
      data-testid="palette"
      className={`relative space-y-2 rounded-lg border-2 p-2 ${over && removing ? 'border-red-500 bg-red-50' : removing ? 'border-dashed border-red-300' : 'border-transparent'}`}
    >
      {removing && <p className="absolute inset-x-2 top-1 z-10 rounded bg-red-100 px-2 py-1 text-xs text-red-900 shadow">Drop here to remove it from its hook.</p>}
      <NewFunctionForm onCreate={onCreate} />
      {entries.length > SHOWN && (
        <div>
          <label htmlFor="palette-filter" className="block text-xs font-medium text-slate-700">
            Filter {entries.length} functions
          </label>
          <input id="palette-filter" type="search" className="w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm" value={filter} onChange={(event) => setFilter(event.target.value)} />
        </div>
      )}
      {entries.length === 0 ? (
        <p className="text-xs text-slate-600">No functions known yet: create one with “New function…”.</p>
      ) : (
        <ul aria-label="Known functions" className="space-y-2">
          {shown.map((entry, index) => (
            <PaletteItem key={`${entry.fn.name}:${entry.fn.path ?? ''}`} index={index} name={entry.fn.name} path={entry.fn.path ?? ''} from={entry.from} endpointLabel={endpointLabel} locked={locked} />
          ))}
        </ul>
      )}
      {matching.length > shown.length && (
        <button type="button" className="text-xs text-indigo-800 underline" onClick={() => setAll(true)}>
          Show all {matching.length} functions
        </button>
      )}
    </div>
  );
}
