/**
 * The arrow into a phase from the step before it: from above while the flow is vertical, from the left on a
 * wide screen; `back` is the response coming back from the upstream, from the right.
 */
export function Connector({ back = false }: { back?: boolean }) {
  const place = back
    ? 'xl:left-auto xl:-right-4 xl:flex-row-reverse'
    : 'xl:-left-4 xl:flex-row';
  return (
    <span
      aria-hidden="true"
      className={`pointer-events-none absolute -top-6 left-1/2 flex h-6 w-3 -translate-x-1/2 flex-col items-center text-slate-500 xl:top-4 xl:h-3 xl:w-4 xl:translate-x-0 ${place}`}
    >
      <span className="w-0.5 flex-1 bg-current xl:h-0.5 xl:w-auto" />
      <svg viewBox="0 0 10 10" className={`h-2 w-2 shrink-0 fill-current rotate-90 ${back ? 'xl:rotate-180' : 'xl:rotate-0'}`}>
        <path d="M0 0 10 5 0 10Z" />
      </svg>
    </span>
  );
}
