import type { ChainStep } from '../../domain/chain';
import type { FunctionRef } from '../../domain/pipeline/edit-types';
import type { HookKind, PluginModel } from '../../domain/pipeline/model';
import { runningModel, type BundleManifests } from '../../domain/bundle/running-model';
import type { RequestFocus } from './dnd-types';
import type { StageGroupView } from './chain-groups';
import type { FindingsIndex } from './findings-index';
import { EndpointZone } from './EndpointZone';
import { HookZone } from './HookZone';
import { FlowDiagram } from './FlowDiagram';
import { useChainRunMarks } from '../common/chain-run-marks';

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
  locks: ReadonlyMap<HookKind, string>;
}

/** The driver that runs: the definition's, or with a bundle in use its manifest's (unknown until it is opened). */
function driverLabel(model: PluginModel, bundles: BundleManifests): string {
  const running = runningModel(model, bundles);
  const from = running.bundleHooks;
  if (!from) return `driver: ${model.driver || 'none'}`;
  if (!from.read) return `driver and hooks: from ${from.missing.join(', ')}`;
  return `driver: ${running.driver || 'none'} (from ${from.names.join(', ')})`;
}

/** The flow diagram with this API's slots in it: its hooks and its per-endpoint plugins. */
export function PipelineDiagram({ apiId, groups, model, bundles, findings, selected, focus, endpoint, locks }: Props) {
  const tracing = focus !== undefined;
  const chainRun = useChainRunMarks(apiId);
  const renderSlot = (step: ChainStep) => {
    if (step.hook === 'virtual' || step.hook === 'endpointGoPlugin') {
      return <EndpointZone apiId={apiId} slot={step.hook === 'virtual' ? 'virtual' : 'goPlugin'} step={step} all={model.endpointPlugins} endpoint={endpoint} tracing={tracing} />;
    }
    if (!step.hook) return null;
    const hook = step.hook as HookKind;
    return <HookZone apiId={apiId} hook={hook} step={step} driver={model.driver} findings={findings} selected={selected} tracing={tracing} lock={locks.get(hook)} />;
  };
  return <FlowDiagram groups={groups} driverLabel={driverLabel(model, bundles)} focus={focus} chainRun={chainRun?.request} renderSlot={renderSlot} />;
}
