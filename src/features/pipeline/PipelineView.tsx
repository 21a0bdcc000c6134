import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { buildChain, listenPathOf, type ChainStep } from '../../domain/chain';
import type { EditOptions, FunctionInput, FunctionRef } from '../../domain/pipeline/edit-types';
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
import { SidePanel, type SideTab } from './SidePanel';
import { StatusToast } from './StatusToast';
import { PipelineToolbar } from './PipelineToolbar';
import { DiagramDetails } from './DiagramDetails';
import { PipelineDiagram } from './PipelineDiagram';
import { InspectorTab } from './InspectorTab';
import { usePipelineActions } from './use-pipeline-actions';
import { useStatusMessage } from './use-status-message';
import { usePluginModel } from './use-plugin-model';
import { useLintFindings } from './use-lint-findings';
import { hookLocks } from './hook-locks';
import { markRenderStart, measureDropIfPending, measureRender } from './perf-marks';
import './pipeline.css';

interface Props {
  session: DraftSession;
  /** The gateway the API runs on, for the lint's profile rules; without it only the definition's own rules run. */
  profile?: GatewayProfile;
}

/**
 * The pipeline of one API, derived from the draft on every render: the gateway's chain drawn as a flow with the
 * plugin hooks as drop zones, the functions and the inspector beside it. Nothing here keeps a copy of the
 * definition; every change goes through the session.
 */
export function PipelineView({ session, profile }: Props) {
  useState(markRenderStart);
  const { draft } = useDraftState(session);
  const { doc, format, files, apiId } = draft;
  const [focus, setFocus] = useState<{ request: RequestFocus; mode: FocusMode } | undefined>(undefined);
  const [created, setCreated] = useState<FunctionInput[]>([]);
  const [side, setSide] = useState<{ tab: SideTab; open: boolean }>({ tab: 'functions', open: false });
  const [dragging, setDragging] = useState(false);
  const [dismissed, setDismissed] = useState(0);
  const endpoint = focus?.mode === 'endpoint' ? focus.request : undefined;
  const options = useMemo<EditOptions>(() => ({ luaAvailable: profile?.build === 'custom-lua' }), [profile]);
  const onSelect = useCallback((ref: FunctionRef | null) => setSide(ref ? { tab: 'inspector', open: true } : { tab: 'functions', open: false }), []);

  const model = usePluginModel(doc, format);
  const { actions, context, message, selected } = usePipelineActions(session, endpoint, doc, model, options, onSelect);
  const bundles = useMemo(() => codeTabBundles(model, files), [model, files]);
  const chain: ChainStep[] = useMemo(
    () => buildChain(doc, format, model, focus?.request, { ...(profile ? { profile } : {}), bundles }),
    [doc, format, model, focus, profile, bundles],
  );
  const groups = useMemo(() => groupChain(chain), [chain]);
  const status = useStatusMessage(session, message, doc);
  const locks = useMemo(() => hookLocks(model, options), [model, options]);
  const locked = useMemo(() => new Set(locks.keys()), [locks]);
  // Findings follow the paint (first render and each drop) rather than holding it up.
  const findings = useLintFindings(doc, format, model, profile, files, bundles);
  const palette = useMemo(() => paletteEntries(model, files, created), [model, files, created]);

  useEffect(measureRender, []);
  useLayoutEffect(() => measureDropIfPending(), [doc]);

  const onCreate = useCallback(
    (fn: FunctionInput) => {
      setCreated((list) => [fn, ...list]);
      actions.announce(`${fn.name} is in the palette: drag it onto a hook, or use its “Add to…” menu.`);
    },
    [actions],
  );
  const closeSide = useCallback(() => setSide((current) => ({ ...current, open: false })), []);
  // A drag from the palette drawer moves it aside; after a pointer drop it stays away, so the drop is in sight,
  // while a keyboard drop brings it back with the focus that is still in it.
  const onDragging = useCallback(
    (on: boolean, drag: { byKeyboard: boolean; fromPalette: boolean }) => {
      setDragging(on && drag.fromPalette);
      if (!on && drag.fromPalette && !drag.byKeyboard) closeSide();
    },
    [closeSide],
  );

  return (
    <PipelineActionsContext.Provider value={actions}>
      <PipelineToolbar
        functionCount={palette.length}
        sideOpen={side.open}
        onToggleSide={() => setSide((current) => ({ tab: 'functions', open: !(current.open && current.tab === 'functions') }))}
        requestBar={<RequestBar endpoints={model.endpoints} listenPath={listenPathOf({ doc, format })} focus={focus?.request} mode={focus?.mode} onFocus={(request, mode) => setFocus(request && mode ? { request, mode } : undefined)} />}
      />
      <PipelineDnd context={context} actions={actions} onDragging={onDragging}>
        <div className="pipeline-body">
          <div className="min-w-0">
            <PipelineDiagram apiId={apiId} groups={groups} model={model} bundles={bundles} findings={findings} selected={selected} focus={focus?.request} endpoint={endpoint} locks={locks} />
            <DiagramDetails focus={focus?.request} chain={chain} doc={doc} format={format} findings={findings.other} apiKey={draft.key} />
          </div>
          <SidePanel
            tab={side.tab}
            onTab={(tab) => setSide((current) => ({ ...current, tab }))}
            open={side.open}
            onClose={closeSide}
            stepAside={dragging}
            functionCount={palette.length}
            functions={<Palette entries={palette} endpointLabel={endpoint ? `${endpoint.method} ${endpoint.path}` : undefined} locked={locked} onCreate={onCreate} />}
            inspector={<InspectorTab apiId={apiId} selected={selected} model={model} chain={chain} findings={findings} tracing={focus !== undefined} />}
          />
        </div>
      </PipelineDnd>
      <StatusToast message={status && status.seq > dismissed ? status : null} onDismiss={() => setDismissed(status?.seq ?? 0)} />
    </PipelineActionsContext.Provider>
  );
}
