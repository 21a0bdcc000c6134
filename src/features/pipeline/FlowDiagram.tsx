import type { CSSProperties, ReactNode } from 'react';
import type { ChainStep } from '../../domain/chain';
import type { StageGroupView } from './chain-groups';
import type { RequestFocus } from './dnd-types';
import { PhaseColumn } from './PhaseColumn';
import { UpstreamNode } from './UpstreamNode';
import { Connector } from './Connector';

interface Props {
  groups: readonly StageGroupView[];
  /** "driver: goplugin", beside the heading. */
  driverLabel: string;
  focus: RequestFocus | undefined;
  /** The request of the last chain run on a sample (the Test panel's), whose marks are on the cards. */
  chainRun?: string | undefined;
  renderSlot: (step: ChainStep) => ReactNode;
}

const hasSlots = (view: StageGroupView) => view.steps.some((step) => step.kind === 'hook');

/** The request lane's columns: phases with plugin slots get the room, a phase of built-ins only is narrower. */
function laneColumns(views: readonly StageGroupView[]): CSSProperties {
  return { gridTemplateColumns: views.map((view) => (hasSlots(view) ? 'minmax(10rem, 1fr)' : 'minmax(6rem, 0.55fr)')).join(' ') };
}

/**
 * The request's way through the gateway as a flow: the request lane's phases left to right into the upstream,
 * the response lane back from it, and the analytics plugin off to the side. Vertical on a narrow window.
 */
export function FlowDiagram({ groups, driverLabel, focus, chainRun, renderSlot }: Props) {
  const tracing = focus !== undefined;
  const upstream = groups.flatMap((view) => view.steps).find((step) => step.kind === 'upstream');
  const request = groups
    .filter((view) => view.group !== 'response' && view.group !== 'analytics')
    .map((view) => ({ ...view, steps: view.steps.filter((step) => step.kind !== 'upstream') }));
  const response = groups.filter((view) => view.group === 'response');
  const analytics = groups.filter((view) => view.group === 'analytics');

  return (
    <section aria-labelledby="diagram-heading" className="min-w-0" data-testid="flow-diagram" data-tracing={tracing ? '' : undefined}>
      <div className="mb-3 flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 id="diagram-heading" className="text-base font-semibold text-slate-900">
          Request chain{focus ? ` for ${focus.method} ${focus.path}` : ''}
          <span className="ml-2 text-sm font-normal text-slate-600">{driverLabel}</span>
        </h2>
        {tracing && (
          <p className="text-xs text-slate-700" data-testid="trace-legend">
            Green: what this request meets. Dashed: what it skips, with the reason (hover or focus a stage for its own).
          </p>
        )}
        {chainRun && (
          <p className="text-xs text-slate-700" data-testid="chain-run-legend">
            “Chain run” on a card: what the last run of the chain on the sample {chainRun} did with it.
          </p>
        )}
      </div>
      <div className="flow">
        <ol aria-label="Request phases, in the order the gateway runs them" className="flow-lane" style={laneColumns(request)}>
          {request.map((view, i) => (
            <PhaseColumn key={view.group} view={view} tracing={tracing} connector={i === 0 ? 'none' : 'forward'} renderSlot={renderSlot} />
          ))}
        </ol>
        {upstream && (
          <div className="flow-upstream relative">
            <Connector />
            <UpstreamNode step={upstream} tracing={tracing} />
          </div>
        )}
        <div className="flow-back">
          <ol aria-label="Response phases, back from the upstream" className="flow-back-phases">
            {response.map((view) => (
              <PhaseColumn key={view.group} view={view} tracing={tracing} connector="back" renderSlot={renderSlot} />
            ))}
          </ol>
          <p aria-hidden="true" className="flow-back-label self-center text-xs text-slate-600">
            ← back to the client
          </p>
          {analytics.length > 0 && (
            <div className="flow-aside rounded-lg border-2 border-dashed border-slate-300 p-2">
              <p className="mb-2 text-xs text-slate-600">Off to the side: when the analytics record is written.</p>
              <ol aria-label="Analytics, off to the side">
                {analytics.map((view) => (
                  <PhaseColumn key={view.group} view={view} tracing={tracing} connector="none" renderSlot={renderSlot} />
                ))}
              </ol>
            </div>
          )}
        </div>
      </div>
    </section>
  );
}
