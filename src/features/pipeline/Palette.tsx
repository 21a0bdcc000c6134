import { useDroppable } from '@dnd-kit/core';
import type { FunctionInput } from '../../domain/pipeline/edit-types';
import { PALETTE_ZONE_ID } from './dnd-types';
import type { PaletteEntry } from './palette-entries';
import { PaletteItem } from './PaletteItem';
import { NewFunctionForm } from './NewFunctionForm';
import { useZoneVerdict } from './pipeline-context';

interface Props {
  entries: readonly PaletteEntry[];
  endpointLabel: string | undefined;
  onCreate: (fn: FunctionInput) => void;
}

/** The functions known for this API; drop a function from a hook back here to remove it. */
export function Palette({ entries, endpointLabel, onCreate }: Props) {
  const { setNodeRef, isOver } = useDroppable({ id: PALETTE_ZONE_ID, data: { target: { kind: 'palette' } } });
  const { dragging, plan } = useZoneVerdict(PALETTE_ZONE_ID);
  const removing = dragging && plan?.kind === 'edit';
  return (
    <aside
      ref={setNodeRef}
      aria-labelledby="palette-heading"
      data-testid="palette"
      className={`space-y-2 self-start rounded-lg border-2 p-2 lg:sticky lg:top-2 lg:max-h-[calc(100vh-1rem)] lg:overflow-auto ${isOver && removing ? 'border-red-400 bg-red-50' : removing ? 'border-dashed border-red-300 bg-white' : 'border-slate-200 bg-slate-50'}`}
    >
      <h3 id="palette-heading" className="font-semibold">
        Functions
      </h3>
      {removing && <p className="text-xs text-red-800">Drop here to remove it from its hook.</p>}
      <NewFunctionForm onCreate={onCreate} />
      {entries.length === 0 ? (
        <p className="text-xs text-slate-600">No functions known yet: create one with “New function…”.</p>
      ) : (
        <ul aria-label="Known functions" className="space-y-1">
          {entries.map((entry, index) => (
            <PaletteItem key={`${entry.fn.name}:${entry.fn.path ?? ''}`} index={index} name={entry.fn.name} path={entry.fn.path ?? ''} from={entry.from} endpointLabel={endpointLabel} />
          ))}
        </ul>
      )}
    </aside>
  );
}
