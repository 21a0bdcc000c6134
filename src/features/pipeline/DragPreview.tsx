import type { DragSource } from './dnd-types';
import { HOOK_NAMES } from './hook-labels';

/** What follows the pointer (or the keyboard) while dragging: the card as it looks in a hook, lifted. */
export function DragPreview({ source }: { source: DragSource }) {
  const { fn } = source;
  const file = fn.path ? fn.path.split('/').pop() : 'found by name';
  return (
    <div className="w-48 rounded border-2 border-indigo-500 bg-white p-2 shadow-lg" data-testid="drag-preview">
      <div className="truncate font-mono text-xs font-medium text-slate-900">{fn.name || '(no name)'}</div>
      <div className="mt-1 truncate text-xs text-slate-600">
        {source.origin === 'palette' ? 'from the palette' : `from ${HOOK_NAMES[source.ref.hook]}`} · {file}
      </div>
    </div>
  );
}
