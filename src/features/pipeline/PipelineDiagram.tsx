import type { ChainStep } from '../../domain/chain';
import type { FunctionRef } from '../../domain/pipeline/edit-types';
import type { HookKind, PluginModel } from '../../domain/pipeline/model';
import { runningModel, type BundleManifests } from '../../domain/bundle/running-model';
import type { RequestFocus } from './dnd-types';
import type { StageGroupView } from './chain-groups';
import type { FindingsIndex } from './findings-index';
import { EndpointZone } from './EndpointZone';
import { HookZone } from './HookZone';
import { StageGroupSection } from './StageGroupSection';

interface Props {
  apiId: string;
  groups: readonly StageGroupView[];
  model: PluginModel;
  /** Manifests of the bundles the API loads, when at hand: they set the driver that runs. */
  bundles: BundleManifests;
  findings: FindingsIndex;
  selected: FunctionRef | null;
  focus: RequestFocus | undefined;
  endpoint: RequestFocus | undefined;
}

/** The driver that runs: the definition's, or with a bundle in use its manifest's (unknown until it is opened). */
function driverLabel(model: PluginModel, bundles: BundleManifests): string {
  const running = runningModel(model, bundles);
  const from = running.bundleHooks;
  if (!from) return `driver: ${model.driver || 'none'}`;
  if (!from.read) return `driver and hooks: from ${from.missing.join(', ')}`;
  return `driver: ${running.driver || 'none'} (from ${from.names.join(', ')})`;
}

/** The request's way through the gateway, group by group; analytics sits apart, after the response. */
export function PipelineDiagram({ apiId, groups, model, bundles, findings, selected, focus, endpoint }: Props) {
  const tracing = focus !== undefined;
  const renderHook = (step: ChainStep) => {
    if (step.hook === 'virtual' || step.hook === 'endpointGoPlugin') {
      return <EndpointZone apiId={apiId} slot={step.hook === 'virtual' ? 'virtual' : 'goPlugin'} step={step} all={model.endpointPlugins} endpoint={endpoint} tracing={tracing} />;
    }
    if (!step.hook) return null;
    return <HookZone apiId={apiId} hook={step.hook as HookKind} step={step} driver={model.driver} findings={findings} selected={selected} tracing={tracing} />;
  };
  const main = groups.filter((group) => group.group !== 'analytics');
  const aside = groups.filter((group) => group.group === 'analytics');
  return (
    <section aria-labelledby="diagram-heading" className="min-w-0 space-y-2">
      <h2 id="diagram-heading" className="text-base font-semibold">
        Request chain{focus ? ` for ${focus.method} ${focus.path}` : ''}
        <span className="ml-2 text-sm font-normal text-slate-600">{driverLabel(model, bundles)}</span>
      </h2>
      <ol aria-label="Chain groups, in the order the gateway runs them" className="space-y-2">
        {main.map((view, i) => (
          <StageGroupSection key={`${view.group}-${i}`} view={view} tracing={tracing} renderHook={renderHook} />
        ))}
      </ol>
      {aside.length > 0 && (
        <div className="border-l-4 border-slate-300 pl-3">
          <p className="text-xs text-slate-600">Off to the side: when the analytics record is written.</p>
          <ol aria-label="Analytics" className="space-y-2">
            {aside.map((view, i) => (
              <StageGroupSection key={`${view.group}-${i}`} view={view} tracing={tracing} renderHook={renderHook} />
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
