interface SlotState {
  dragging: boolean;
  /** A drop at its end would be taken. */
  accepts: boolean;
  /** The pointer (or the keyboard's stop) is on it. */
  hovered: boolean;
  locked: boolean;
  tracing: boolean;
  active: boolean;
}

/**
 * A hook slot's border and background. While dragging, the slot under the pointer stands out (solid, filled)
 * from the others that would take the function (dashed) and from those that refuse (red); a locked slot is
 * hatched grey before any drag; a trace lights what the request meets.
 */
export function slotTone({ dragging, accepts, hovered, locked, tracing, active }: SlotState): string {
  if (dragging) {
    if (hovered) return accepts ? 'border-indigo-500 bg-indigo-50 ring-2 ring-indigo-500' : 'border-red-500 bg-red-50';
    return accepts ? 'border-dashed border-indigo-400 bg-white' : 'border-dashed border-red-300 bg-red-50';
  }
  if (locked) return 'slot-locked border-dashed border-slate-300 bg-slate-100';
  if (tracing) return active ? 'border-emerald-500 bg-white ring-2 ring-emerald-400' : 'border-dashed border-slate-400 bg-slate-100';
  return 'border-indigo-200 bg-white shadow-sm';
}
