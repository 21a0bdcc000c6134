import { useZoneVerdict } from './pipeline-context';

/**
 * While dragging: says whether this zone would take the function, and if not why. It floats over the zone's
 * top edge so the layout does not move under the pointer (drop targets are measured once, before the drag).
 */
export function ZoneVerdict({ zone, hovered }: { zone: string; hovered: boolean }) {
  const { dragging, plan } = useZoneVerdict(zone);
  if (!dragging || !plan) return null;
  if (plan.kind === 'refused') {
    return (
      <p className="absolute inset-x-2 top-1 z-20 rounded border border-red-300 bg-red-100 px-2 py-1 text-xs text-red-900 shadow" data-testid="zone-refusal">
        Refuses: {plan.reason}
      </p>
    );
  }
  if (plan.kind === 'none') return null;
  return (
    <p className={`absolute right-2 top-1 z-20 rounded px-2 py-0.5 text-xs shadow ${hovered ? 'bg-indigo-600 font-medium text-white' : 'bg-white text-slate-700'}`}>
      {hovered ? 'Release to drop here' : 'Accepts this function'}
    </p>
  );
}
