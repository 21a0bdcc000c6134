import { useState, type ReactNode } from 'react';
import type { ChainStep } from '../../domain/chain';
import { BuiltinStage } from './BuiltinStage';
import type { StageGroupView } from './chain-groups';
import { GROUP_NAMES } from './hook-labels';

interface Props {
  view: StageGroupView;
  tracing: boolean;
  renderHook: (step: ChainStep) => ReactNode;
}

/**
 * One group of the chain. The plugin hooks always show (they are the drop zones); the gateway's built-in
 * stages fold away, so the diagram stays readable with the whole chain in it.
 */
export function StageGroupSection({ view, tracing, renderHook }: Props) {
  const [open, setOpen] = useState(false);
  const id = `group-${view.group}`;
  const name = GROUP_NAMES[view.group];
  return (
    // `chain-group` (index.css): out of view, the group is neither laid out nor painted.
    <li className="chain-group rounded-lg border border-slate-200 bg-slate-50 p-2" data-group={view.group}>
      <h3 className="flex flex-wrap items-baseline gap-2 text-sm font-semibold text-slate-800">
        <span>{name}</span>
        {view.builtins > 0 && (
          <button
            type="button"
            className="rounded px-1 text-xs font-normal text-indigo-800 underline hover:bg-indigo-50"
            aria-expanded={open}
            aria-controls={`${id}-stages`}
            onClick={() => setOpen((value) => !value)}
          >
            {open ? 'Hide' : 'Show'} {view.builtins} built-in stage{view.builtins === 1 ? '' : 's'} of {name.toLowerCase()} ({view.activeBuiltins} active)
          </button>
        )}
      </h3>
      <ol id={`${id}-stages`} aria-label={`${name} stages, in order`} className="mt-1 space-y-1">
        {view.steps.map((step) =>
          step.kind === 'builtin' ? (
            open ? <BuiltinStage key={step.id} step={step} tracing={tracing} /> : null
          ) : (
            <li key={step.id} data-stage={step.id} data-state={step.state}>
              {step.kind === 'upstream' ? <UpstreamStage step={step} tracing={tracing} /> : renderHook(step)}
            </li>
          ),
        )}
      </ol>
    </li>
  );
}

function UpstreamStage({ step, tracing }: { step: ChainStep; tracing: boolean }) {
  return (
    <div className={`rounded border-2 px-2 py-1 text-center text-sm font-medium ${tracing ? 'border-emerald-400 bg-emerald-50' : 'border-slate-400 bg-white'}`}>
      ⇅ {step.label}: {step.reason}
    </div>
  );
}
