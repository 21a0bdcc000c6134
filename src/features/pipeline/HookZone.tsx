import { useState } from 'react';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { ChainStep } from '../../domain/chain';
import type { FunctionRef } from '../../domain/pipeline/edit-types';
import type { Finding, HookKind } from '../../domain/pipeline/model';
import { Badge } from '../../components/Badge';
import { functionId, zoneId } from './dnd-types';
import { FunctionCard } from './FunctionCard';
import { FindingMarkers } from './FindingMarkers';
import { HOOK_NAMES } from './hook-labels';
import { useZoneVerdict } from './pipeline-context';
import type { FindingsIndex } from './findings-index';
import { ZoneVerdict } from './ZoneVerdict';
import { BundleNote } from './BundleNote';

interface Props {
  apiId: string;
  hook: HookKind;
  step: ChainStep;
  driver: string;
  findings: FindingsIndex;
  selected: FunctionRef | null;
  /** A request or endpoint is in focus: show what runs and what is skipped. */
  tracing: boolean;
}

const EMPTY: readonly Finding[] = [];
/** A hook with more functions than this shows the first ones and a button for the rest (long lists stay light). */
const SHOWN = 12;

/** A plugin hook: a drop zone holding its functions in order. */
export function HookZone({ apiId, hook, step, driver, findings, selected, tracing }: Props) {
  const target = { kind: 'hook', hook } as const;
  const { setNodeRef, isOver } = useDroppable({ id: zoneId(hook), data: { target } });
  const { dragging, plan } = useZoneVerdict(zoneId(hook));
  const refused = dragging && plan?.kind === 'refused';
  const [all, setAll] = useState(false);
  const visible = all ? step.functions : step.functions.slice(0, SHOWN);
  const ids = visible.map((_, index) => functionId({ hook, index }));
  const headingId = `hook-${hook}-heading`;
  const hookFindings = findings.hooks.get(hook) ?? EMPTY;
  // The definition's own functions a bundle replaces say so on their cards, traced or not.
  const replaced = step.bundle !== undefined && !step.bundle.sameAsDefinition;

  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      data-testid={`hook-${hook}`}
      className={`relative rounded-lg border-2 p-2 ${
        refused ? 'border-red-300 bg-red-50' : isOver ? 'border-indigo-500 bg-indigo-50' : dragging ? 'border-indigo-300 border-dashed bg-white' : 'border-slate-300 bg-white'
      } ${tracing && step.active ? 'ring-2 ring-emerald-400' : ''}`}
    >
      <div className="flex flex-wrap items-baseline gap-2">
        <h4 id={headingId} className="font-semibold">
          {HOOK_NAMES[hook]} hook
        </h4>
        <span className="text-xs text-slate-600">
          {step.functions.length} function{step.functions.length === 1 ? '' : 's'}
        </span>
        {step.active ? <Badge tone="success">in the chain</Badge> : step.state === 'unknown' ? <Badge>not known here</Badge> : <Badge>not in the chain</Badge>}
      </div>
      <p className="text-xs text-slate-600">{tracing && !step.active ? `Skipped: ${step.reason}` : step.reason}</p>
      {step.warning && <p className="text-xs text-amber-900">Warning: {step.warning}</p>}
      {step.bundle && <BundleNote apiId={apiId} bundle={step.bundle} own={step.functions.length} />}
      {hookFindings.length > 0 && <FindingMarkers findings={hookFindings} subject={`the ${HOOK_NAMES[hook]} hook`} />}
      <ZoneVerdict zone={zoneId(hook)} isOver={isOver} />
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        {step.functions.length === 0 ? (
          <p className="mt-1 rounded border border-dashed border-slate-300 px-2 py-3 text-center text-xs text-slate-600">
            No functions. Drag one here, or use a function&apos;s “Move to…” or a palette entry&apos;s “Add to…”.
          </p>
        ) : (
          <ol aria-label={`${HOOK_NAMES[hook]} functions, in the order they run`} className="mt-1 space-y-1">
            {visible.map((item, index) => (
              <FunctionCard
                key={ids[index]}
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
              />
            ))}
          </ol>
        )}
      </SortableContext>
      {visible.length < step.functions.length && (
        <button type="button" className="mt-1 text-xs text-indigo-800 underline" onClick={() => setAll(true)}>
          Show all {step.functions.length} {HOOK_NAMES[hook]} functions ({step.functions.length - visible.length} more)
        </button>
      )}
    </section>
  );
}
