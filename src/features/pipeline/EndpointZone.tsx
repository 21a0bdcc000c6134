import { useMemo, useState } from 'react';
import { useDroppable } from '@dnd-kit/core';
import type { ChainStep } from '../../domain/chain';
import type { EndpointPlugin } from '../../domain/pipeline/model';
import type { EndpointSlot, RequestFocus } from './dnd-types';
import { endpointZoneId } from './dnd-types';
import { ENDPOINT_SLOT_NAMES } from './hook-labels';
import { useZoneVerdict } from './pipeline-context';
import { ZoneVerdict } from './ZoneVerdict';
import { SlotHeader } from './SlotHeader';
import { slotTone } from './slot-tone';
import { EndpointPluginItem } from './EndpointPluginItem';

interface Props {
  apiId: string;
  slot: EndpointSlot;
  step: ChainStep;
  /** Every endpoint plugin of the definition: edits address them by index in this list. */
  all: readonly EndpointPlugin[];
  endpoint: RequestFocus | undefined;
  tracing: boolean;
}

/** Past this many, the first ones show and a button the rest: an API with thousands stays light to draw. */
const SHOWN = 12;

// Per-endpoint plugins have a driver of their own whatever the API's: Go post plugins and JSVM virtual endpoints.
const SLOT_DRIVER: Record<EndpointSlot, string> = { goPlugin: 'goplugin', virtual: 'otto' };

/** Per-endpoint plugins of one kind: those on the picked endpoint (or all), and where new ones attach. */
export function EndpointZone({ apiId, slot, step, all, endpoint, tracing }: Props) {
  const zone = endpointZoneId(slot);
  const { setNodeRef } = useDroppable({ id: zone, data: { target: { kind: 'endpoint', slot } } });
  const { dragging, plan, over } = useZoneVerdict(zone);
  const title = ENDPOINT_SLOT_NAMES[slot];
  const tone = slotTone({ dragging, accepts: plan?.kind === 'edit', hovered: over !== null, locked: false, tracing, active: step.active });
  const [showAll, setShowAll] = useState(false);
  const visible = showAll ? step.functions : step.functions.slice(0, SHOWN);
  // Edits address a plugin by its place in the whole list: looked up once, not searched per card.
  const indexOf = useMemo(() => new Map(all.map((plugin, index) => [plugin.fn, index])), [all]);

  return (
    <section ref={setNodeRef} aria-labelledby={`endpoint-${slot}-heading`} data-testid={`endpoint-${slot}`} className={`relative rounded-lg border-2 p-1 ${tone}`}>
      <SlotHeader id={`endpoint-${slot}-heading`} title={`${title}s`} detail={endpoint ? `on ${endpoint.method} ${endpoint.path}` : 'every endpoint'} step={step} tracing={tracing} />
      {!endpoint && <p className="text-xs text-slate-600">Pick an endpoint above to attach one.</p>}
      <ZoneVerdict zone={zone} hovered={over !== null} />
      {step.functions.length > 0 && (
        <ul aria-label={`${title}s`} className="mt-2 space-y-2">
          {visible.map((item) => {
            const index = indexOf.get(item.fn) ?? -1;
            return <EndpointPluginItem key={index} apiId={apiId} driver={SLOT_DRIVER[slot]} item={item} index={index} tracing={tracing} />;
          })}
        </ul>
      )}
      {visible.length < step.functions.length && (
        <button type="button" className="mt-1 text-sm text-indigo-700 underline" onClick={() => setShowAll(true)}>
          Show all {step.functions.length} {title.toLowerCase()}s ({step.functions.length - visible.length} more)
        </button>
      )}
    </section>
  );
}
