import { useId, useState, type KeyboardEvent } from 'react';
import type { ChainStep } from '../../domain/chain';

/** In a few words: the state of a built-in stage, as the chip's tip says it. */
function stateWord(step: ChainStep, tracing: boolean): string {
  if (step.state === 'active') return tracing ? 'Met' : 'Active';
  if (step.state === 'unknown') return 'Depends on the gateway';
  return tracing ? 'Skipped' : 'Inactive';
}

const TONES = {
  active: 'border-slate-400 bg-white text-slate-900',
  lit: 'border-emerald-500 bg-emerald-50 text-emerald-900',
  inactive: 'border-slate-300 text-slate-600',
  unknown: 'border-slate-400 text-slate-700',
};

/**
 * A stage of the gateway's own, as a chip: muted when it is not in this API's chain (never struck through), lit on
 * a trace when the request meets it. Its reason shows on hover and focus, and stays while it is pressed.
 */
interface Props {
  step: ChainStep;
  tracing: boolean;
  /** The list's Tab stop, until the arrow keys move it. */
  first: boolean;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
}

export function BuiltinChip({ step, tracing, first, onKeyDown }: Props) {
  const tipId = useId();
  const [pinned, setPinned] = useState(false);
  const tone = step.state === 'active' ? (tracing ? TONES.lit : TONES.active) : step.state === 'unknown' ? TONES.unknown : TONES.inactive;
  return (
    <>
      <button
        type="button"
        data-chip=""
        data-stage={step.id}
        data-state={step.state}
        tabIndex={first ? 0 : -1}
        aria-describedby={tipId}
        aria-pressed={pinned}
        onClick={() => setPinned((value) => !value)}
        onBlur={() => setPinned(false)}
        onKeyDown={onKeyDown}
        className={`chip ${tone}`}
      >
        {step.active && <span aria-hidden="true" className={`chip-dot ${tracing ? 'is-lit' : ''}`} />}
        {step.label}
      </button>
      <span role="tooltip" id={tipId} className="chip-tip">
        {stateWord(step, tracing)}: {step.reason}
        {step.warning ? ` Warning: ${step.warning}` : ''}
      </span>
    </>
  );
}
