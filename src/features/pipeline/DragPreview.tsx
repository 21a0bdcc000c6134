import type { DragSource } from './dnd-types';
import { HOOK_NAMES } from './hook-labels';

/** What follows the pointer (or the keyboard) while dragging: the card as it looks in a hook, lifted. */
export function DragPreview({ source }: { source: DragSource }) {
  const { fn } = source;
  const file = fn.path ? fn.path.split('/').pop() : 'found by name';
  return (
    <div className="w-56 cursor-grabbing rounded-md border-2 border-indigo-500 bg-white p-2 shadow-xl" data-testid="drag-preview">
      <div className="truncate font-mono text-[13px] font-medium text-slate-900">{fn.name || '(no name)'}</div>
      <div className="mt-0.5 truncate text-xs text-slate-600">
        {source.origin === 'palette' ? 'from the palette' : `from ${HOOK_NAMES[source.ref.hook]}`} · {file}
      </div>
    </div>
  );
}
