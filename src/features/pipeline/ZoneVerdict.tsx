import { useZoneVerdict } from './pipeline-context';

/** While dragging: says whether this zone would take the function, and if not why. */
export function ZoneVerdict({ zone, isOver }: { zone: string; isOver: boolean }) {
  const { dragging, plan } = useZoneVerdict(zone);
  if (!dragging || !plan) return null;
  if (plan.kind === 'refused') {
    return (
      <p className="mt-1 rounded bg-red-100 px-2 py-1 text-xs text-red-800" data-testid="zone-refusal">
        Refuses: {plan.reason}
      </p>
    );
  }
  if (plan.kind === 'none') return null;
  return <p className={`mt-1 text-xs ${isOver ? 'font-medium text-indigo-800' : 'text-slate-600'}`}>{isOver ? 'Release to drop here' : 'Accepts this function'}</p>;
}
