import { useState } from 'react';
import { useDroppable } from '@dnd-kit/core';
import type { ChainStep } from '../../domain/chain';
import type { FunctionRef } from '../../domain/pipeline/edit-types';
import type { Finding, HookKind } from '../../domain/pipeline/model';
import { zoneId } from './dnd-types';
import { FunctionCard } from './FunctionCard';
import { FindingMarkers } from './FindingMarkers';
import { HOOK_NAMES } from './hook-labels';
import { useDragState, useZoneVerdict } from './pipeline-context';
import type { FindingsIndex } from './findings-index';
import { ZoneVerdict } from './ZoneVerdict';
import { BundleNote } from './BundleNote';
import { lineAtCard } from './insertion';
import { SlotHeader } from './SlotHeader';
import { slotTone } from './slot-tone';
import { useChainRunMarks } from '../common/chain-run-marks';

interface Props {
  apiId: string;
  hook: HookKind;
  step: ChainStep;
  driver: string;
  findings: FindingsIndex;
  selected: FunctionRef | null;
  /** A request or endpoint is in focus: show what runs and what is skipped. */
  tracing: boolean;
  /** Why this hook can take no function at all here (its driver, a keyless API, the gateway build). */
  lock: string | undefined;
}

const EMPTY: readonly Finding[] = [];
/** A hook with more functions than this shows the first ones and a button for the rest (long lists stay light). */
const SHOWN = 12;

/** A plugin hook: the diagram's drop target, holding its functions in the order they run. */
export function HookZone({ apiId, hook, step, driver, findings, selected, tracing, lock }: Props) {
  const { setNodeRef } = useDroppable({ id: zoneId(hook), data: { target: { kind: 'hook', hook } } });
  const { dragging, plan, over } = useZoneVerdict(zoneId(hook));
  const { over: dragOver } = useDragState();
  const [all, setAll] = useState(false);
  const visible = all ? step.functions : step.functions.slice(0, SHOWN);
  const hookFindings = findings.hooks.get(hook) ?? EMPTY;
  const runMarks = useChainRunMarks(apiId);
  // The definition's own functions a bundle replaces say so on their cards, traced or not.
  const replaced = step.bundle !== undefined && !step.bundle.sameAsDefinition;
  // The line shows where a drop would land, unless it would change nothing there or be refused.
  const insertion = dragOver?.plan.kind === 'edit' ? dragOver.insertion : undefined;
  const tone = slotTone({ dragging, accepts: plan?.kind === 'edit', hovered: over !== null, locked: lock !== undefined, tracing, active: step.active });

  return (
    <section ref={setNodeRef} aria-labelledby={`hook-${hook}-heading`} data-testid={`hook-${hook}`} data-locked={lock ? '' : undefined} data-drop-over={dragging && over ? '' : undefined} className={`relative rounded-lg border-2 p-1 ${tone}`}>
      <SlotHeader id={`hook-${hook}-heading`} title={`${HOOK_NAMES[hook]} hook`} count={step.functions.length} step={step} tracing={tracing} lock={lock} />
      {step.bundle && <BundleNote apiId={apiId} bundle={step.bundle} own={step.functions.length} />}
      {hookFindings.length > 0 && <FindingMarkers findings={hookFindings} subject={`the ${HOOK_NAMES[hook]} hook`} />}
      <ZoneVerdict zone={zoneId(hook)} hovered={over !== null} />
      {step.functions.length === 0 ? (
        <p className={`mt-2 rounded border border-dashed px-2 py-3 text-center text-xs ${over ? 'border-indigo-600 text-indigo-900' : 'border-slate-300 text-slate-600'}`}>
          {lock ? 'Takes no functions here.' : 'No functions. Drop one here, or use a palette entry’s “Add to…”.'}
        </p>
      ) : (
        <ol aria-label={`${HOOK_NAMES[hook]} functions, in the order they run`} className="mt-2 space-y-2">
          {visible.map((item, index) => (
            <FunctionCard
              key={`${hook}:${index}`}
              apiId={apiId}
              hook={hook}
              index={index}
              count={step.functions.length}
              name={item.fn.name}
              path={item.fn.path}
              enabled={item.fn.enabled}
              requireSession={item.fn.requireSession}
              rawBodyOnly={item.fn.rawBodyOnly}
              driver={hook === 'analytics' ? 'goplugin (.so)' : driver}
              runs={tracing || replaced ? item.runs : undefined}
              reason={tracing || replaced ? item.reason : undefined}
              findings={findings.functions.get(`${hook}:${index}`)}
              selected={selected?.hook === hook && selected.index === index}
              line={lineAtCard(insertion, hook, index, visible.length)}
              testMark={runMarks?.marks.get(`${hook}:${index}`)}
            />
          ))}
        </ol>
      )}
      {visible.length < step.functions.length && (
        <button type="button" className="mt-1 text-xs text-indigo-800 underline" onClick={() => setAll(true)}>
          Show all {step.functions.length} {HOOK_NAMES[hook]} functions ({step.functions.length - visible.length} more)
        </button>
      )}
    </section>
  );
}
