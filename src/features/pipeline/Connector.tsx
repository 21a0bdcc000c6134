/**
 * The arrow into a phase from the step before it: from above while the flow is vertical, from the left on a
 * wide screen; `back` is the response coming back from the upstream, from the right (pipeline.css).
 */
export function Connector({ back = false }: { back?: boolean }) {
  return (
    <span aria-hidden="true" className={`flow-connector text-slate-500 ${back ? 'is-back' : ''}`}>
      <span className="flow-connector-line" />
      <svg viewBox="0 0 10 10" className="flow-connector-head-down h-2 w-2" fill="currentColor">
        <path d="M0 0 10 0 5 10Z" />
      </svg>
      <svg viewBox="0 0 10 10" className="flow-connector-head-right h-2 w-2" fill="currentColor">
        <path d="M0 0 10 5 0 10Z" />
      </svg>
      <svg viewBox="0 0 10 10" className="flow-connector-head-left h-2 w-2" fill="currentColor">
        <path d="M10 0 0 5 10 10Z" />
      </svg>
    </span>
  );
}
