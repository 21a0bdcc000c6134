import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { buildChain, listenPathOf, type ChainStep } from '../../domain/chain';
import type { FunctionInput } from '../../domain/pipeline/edit-types';
import type { GatewayProfile } from '../../domain/profile/profile';
import type { DraftSession } from '../../drafts/draft-session';
import { useDraftState } from '../../drafts/use-draft';
import type { RequestFocus } from './dnd-types';
import { groupChain } from './chain-groups';
import { codeTabBundles } from './code-tab-bundle';
import { paletteEntries } from './palette-entries';
import { PipelineActionsContext } from './pipeline-context';
import { PipelineDnd } from './PipelineDnd';
import { Palette } from './Palette';
import { RequestBar, type FocusMode } from './RequestBar';
import { PipelineDiagram } from './PipelineDiagram';
import { SidePanel } from './SidePanel';
import { StatusMessage } from './StatusMessage';
import { usePipelineActions } from './use-pipeline-actions';
import { usePluginModel } from './use-plugin-model';
import { useLintFindings } from './use-lint-findings';
import { markRenderStart, measureDropIfPending, measureRender } from './perf-marks';

interface Props {
  session: DraftSession;
  /** The gateway the API runs on, for the lint's profile rules; without it only the definition's own rules run. */
  profile?: GatewayProfile;
}

/**
 * The pipeline of one API, derived from the draft on every render: the gateway's chain with the plugin hooks
 * as drop zones. Nothing here keeps a copy of the definition; every change goes through the session.
 */
export function PipelineView({ session, profile }: Props) {
  useState(markRenderStart);
  const { draft } = useDraftState(session);
  const { doc, format, files, apiId } = draft;
  const [focus, setFocus] = useState<{ request: RequestFocus; mode: FocusMode } | undefined>(undefined);
  const [created, setCreated] = useState<FunctionInput[]>([]);
  const endpoint = focus?.mode === 'endpoint' ? focus.request : undefined;

  const model = usePluginModel(doc, format);
  const { actions, context, message, selected } = usePipelineActions(session, endpoint, doc, model);
  const bundles = useMemo(() => codeTabBundles(model, files), [model, files]);
  const chain: ChainStep[] = useMemo(
    () => buildChain(doc, format, model, focus?.request, { ...(profile ? { profile } : {}), bundles }),
    [doc, format, model, focus, profile, bundles],
  );
  const groups = useMemo(() => groupChain(chain), [chain]);
  // Findings follow the paint (first render and each drop) rather than holding it up.
  const findings = useLintFindings(doc, format, model, profile, files, bundles);
  const palette = useMemo(() => paletteEntries(model, files, created), [model, files, created]);
  const selectedFn = selected ? model.hooks[selected.hook].functions[selected.index] : undefined;

  useEffect(measureRender, []);
  useLayoutEffect(() => measureDropIfPending(), [doc]);

  const onCreate = useCallback(
    (fn: FunctionInput) => {
      setCreated((list) => [fn, ...list]);
      actions.announce(`${fn.name} is in the palette: drag it onto a hook, or use its “Add to…” menu.`);
    },
    [actions],
  );

  return (
    <PipelineActionsContext.Provider value={actions}>
      <div className="space-y-3">
        <RequestBar endpoints={model.endpoints} listenPath={listenPathOf({ doc, format })} focus={focus?.request} mode={focus?.mode} onFocus={(request, mode) => setFocus(request && mode ? { request, mode } : undefined)} />
        <StatusMessage message={message} />
        <PipelineDnd context={context} actions={actions}>
          <div className="grid gap-3 lg:grid-cols-[13rem_minmax(0,1fr)_18rem]">
            <Palette entries={palette} endpointLabel={endpoint ? `${endpoint.method} ${endpoint.path}` : undefined} onCreate={onCreate} />
            <PipelineDiagram apiId={apiId} groups={groups} model={model} bundles={bundles} findings={findings} selected={selected} focus={focus?.request} endpoint={endpoint} />
            <SidePanel selected={selected} selectedFn={selectedFn} focus={focus?.request} chain={chain} doc={doc} format={format} findings={findings.other} />
          </div>
        </PipelineDnd>
      </div>
    </PipelineActionsContext.Provider>
  );
}
