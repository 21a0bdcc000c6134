import type { ChainStep } from '../../domain/chain';

/** A stage of the gateway's own: muted when it is not in this API's chain, with the reason. */
export function BuiltinStage({ step, tracing }: { step: ChainStep; tracing: boolean }) {
  const state = step.state === 'active' ? 'active' : step.state === 'unknown' ? 'depends on the gateway' : tracing ? 'skipped' : 'inactive';
  return (
    <li
      className={`flex flex-wrap items-baseline gap-x-2 rounded px-2 py-1 text-xs ${
        step.active ? (tracing ? 'bg-emerald-50 text-slate-900' : 'bg-slate-100 text-slate-900') : 'bg-white text-slate-600'
      }`}
      data-stage={step.id}
      data-state={step.state}
    >
      <span className={step.active ? 'font-medium' : 'line-through decoration-slate-400'}>{step.label}</span>
      <span className="text-slate-600">
        ({state}: {step.reason})
      </span>
      {step.warning && <span className="text-amber-900">Warning: {step.warning}</span>}
    </li>
  );
}
