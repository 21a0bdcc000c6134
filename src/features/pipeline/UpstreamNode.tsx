import type { ChainStep } from '../../domain/chain';

/**
 * The upstream: where the request lane ends and the response lane starts. A tall node at the right end of both
 * lanes on a wide screen; a bar between them when the flow is vertical.
 */
export function UpstreamNode({ step, tracing }: { step: ChainStep; tracing: boolean }) {
  const lit = tracing && step.active;
  return (
    <div
      data-stage={step.id}
      data-state={step.state}
      data-testid="upstream-node"
      className={`flow-upstream-node relative flex items-center justify-center gap-2 rounded-lg border-2 px-3 py-2 text-center ${
        lit ? 'border-emerald-500 bg-emerald-50 text-emerald-900' : 'border-slate-400 bg-white text-slate-900'
      }`}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth="2">
        <rect x="4" y="4" width="16" height="6" rx="1.5" />
        <rect x="4" y="14" width="16" height="6" rx="1.5" />
        <path d="M8 7h.01M8 17h.01" />
      </svg>
      <h3 className="text-sm font-semibold">{step.label}</h3>
      <p className="flow-upstream-reason text-xs text-slate-700">{step.reason}</p>
    </div>
  );
}
