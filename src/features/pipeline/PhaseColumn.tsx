import type { ReactNode } from 'react';
import type { ChainStep } from '../../domain/chain';
import { BuiltinChips } from './BuiltinChips';
import type { StageGroupView } from './chain-groups';
import { Connector } from './Connector';
import { GROUP_NAMES } from './hook-labels';
import { phaseParts } from './phase-parts';

interface Props {
  view: StageGroupView;
  tracing: boolean;
  /** An arrow from the phase before (none for the first). */
  connector: 'forward' | 'back' | 'none';
  renderSlot: (step: ChainStep) => ReactNode;
}

/**
 * One phase of the request's way through the gateway: its name, the built-in stages as chips and its plugin
 * slots in the gateway's order. On a wide screen the phases are columns whose rows (name, stages before the
 * slots, then the slots and what follows them) line up across the lane, so the hooks sit side by side.
 */
export function PhaseColumn({ view, tracing, connector, renderSlot }: Props) {
  const name = GROUP_NAMES[view.group];
  const { before, slots, after } = phaseParts(view.steps);
  const headingId = `phase-${view.group}-heading`;
  const firstSlot = slots.find((step) => step.kind !== 'builtin');
  const slotName = firstSlot?.label.toLowerCase() ?? '';
  return (
    <li
      aria-labelledby={headingId}
      data-group={view.group}
      className="flow-phase relative min-w-0 rounded-lg bg-slate-100 p-1"
    >
      {connector !== 'none' && <Connector back={connector === 'back'} />}
      <div className="min-w-0 px-1">
        <h3 id={headingId} className="text-sm font-semibold text-slate-900">
          {name}
        </h3>
        {view.builtins > 0 && (
          <p className="text-xs text-slate-600">
            {view.activeBuiltins} of {view.builtins} built-in{view.builtins === 1 ? '' : 's'} {tracing ? 'met' : 'active'}
          </p>
        )}
      </div>
      <div className={`min-w-0 ${slots.length === 0 ? 'flow-phase-chips-only' : ''}`}>
        <BuiltinChips steps={before} tracing={tracing} label={slots.length === 0 ? `${name}: built-in stages` : `${name}: built-in stages before the ${slotName}`} />
      </div>
      {slots.length > 0 && (
        <div className="flex min-w-0 flex-col gap-2">
          {slots.map((step) =>
            step.kind === 'builtin' ? (
              <BuiltinChips key={step.id} steps={[step]} tracing={tracing} label={`${name}: built-in stage between the slots`} />
            ) : (
              <div key={step.id} className="min-w-0" data-stage={step.id} data-state={step.state}>
                {renderSlot(step)}
              </div>
            ),
          )}
          <BuiltinChips steps={after} tracing={tracing} label={`${name}: built-in stages after the ${slotName}`} />
        </div>
      )}
    </li>
  );
}
