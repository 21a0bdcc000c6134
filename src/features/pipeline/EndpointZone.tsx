import { useDroppable } from '@dnd-kit/core';
import type { ChainStep } from '../../domain/chain';
import type { EndpointPlugin } from '../../domain/pipeline/model';
import { Badge } from '../../components/Badge';
import { PopoverMenu, type MenuItem } from '../../components/PopoverMenu';
import type { EndpointSlot, RequestFocus } from './dnd-types';
import { endpointZoneId } from './dnd-types';
import { ENDPOINT_SLOT_NAMES } from './hook-labels';
import { usePipelineActions, useZoneVerdict, type PipelineActions } from './pipeline-context';
import { ZoneVerdict } from './ZoneVerdict';
import { editCodeHref, followInApp } from './code-href';
import { SlotHeader } from './SlotHeader';
import { slotTone } from './slot-tone';
import { BreakableName } from './BreakableName';

interface Props {
  apiId: string;
  slot: EndpointSlot;
  step: ChainStep;
  /** Every endpoint plugin of the definition: edits address them by index in this list. */
  all: readonly EndpointPlugin[];
  endpoint: RequestFocus | undefined;
  tracing: boolean;
}

// Per-endpoint plugins have a driver of their own whatever the API's: Go post plugins and JSVM virtual endpoints.
const SLOT_DRIVER: Record<EndpointSlot, string> = { goPlugin: 'goplugin', virtual: 'otto' };

function pluginMenu(actions: PipelineActions, index: number, name: string, where: string, enabled: boolean, codeHref: string | undefined): MenuItem[] {
  const items: MenuItem[] = [
    {
      key: 'enable',
      label: enabled ? 'Disable' : 'Enable',
      onSelect: () => actions.apply({ type: 'updateEndpointPlugin', index, fields: { enabled: !enabled } }, `${enabled ? 'Disable' : 'Enable'} ${name} on ${where}`),
    },
  ];
  if (codeHref) items.push({ key: 'code', label: 'Edit code', href: codeHref, onSelect: (event) => followInApp(event, codeHref, actions.open) });
  items.push({ key: 'remove', label: `Remove from ${where}`, danger: true, onSelect: () => actions.apply({ type: 'detachEndpointPlugin', index }, `Remove ${name} from ${where}`) });
  return items;
}

/** Per-endpoint plugins of one kind: those on the picked endpoint (or all), and where new ones attach. */
export function EndpointZone({ apiId, slot, step, all, endpoint, tracing }: Props) {
  const actions = usePipelineActions();
  const zone = endpointZoneId(slot);
  const { setNodeRef } = useDroppable({ id: zone, data: { target: { kind: 'endpoint', slot } } });
  const { dragging, plan, over } = useZoneVerdict(zone);
  const title = ENDPOINT_SLOT_NAMES[slot];
  const tone = slotTone({ dragging, accepts: plan?.kind === 'edit', hovered: over !== null, locked: false, tracing, active: step.active });

  return (
    <section ref={setNodeRef} aria-labelledby={`endpoint-${slot}-heading`} data-testid={`endpoint-${slot}`} className={`relative rounded-lg border-2 p-1 ${tone}`}>
      <SlotHeader id={`endpoint-${slot}-heading`} title={`${title}s`} detail={endpoint ? `on ${endpoint.method} ${endpoint.path}` : 'every endpoint'} step={step} tracing={tracing} />
      {!endpoint && <p className="text-xs text-slate-600">Pick an endpoint above to attach one.</p>}
      <ZoneVerdict zone={zone} hovered={over !== null} />
      {step.functions.length > 0 && (
        <ul aria-label={`${title}s`} className="mt-2 space-y-2">
          {step.functions.map((item) => {
            const index = all.findIndex((plugin) => plugin.fn === item.fn);
            const name = item.fn.name || '(no name)';
            const where = item.endpoint ? `${item.endpoint.method} ${item.endpoint.path}` : '';
            const codeHref = editCodeHref(apiId, SLOT_DRIVER[slot], item.fn.name, item.fn.path);
            return (
              <li key={`${index}`} className={`flex items-start gap-1 rounded border bg-white p-1 text-sm shadow-sm ${tracing ? (item.runs ? 'border-emerald-500' : 'border-dashed border-slate-400') : 'border-slate-300'}`}>
                <div className="min-w-0 flex-1">
                  <div className="font-mono text-xs font-medium text-slate-900">
                    <BreakableName name={name} />
                  </div>
                  <div className="flex flex-wrap gap-1">
                    <span className="font-mono text-xs text-slate-700">{where}</span>
                    {!item.fn.enabled && <Badge tone="warning">disabled</Badge>}
                    {tracing && item.runs && <Badge tone="success">runs</Badge>}
                  </div>
                  <div className="truncate font-mono text-xs text-slate-600" title={item.fn.path}>
                    {item.fn.path || 'inline or no file'}
                  </div>
                  {tracing && !item.runs && <p className="text-xs text-slate-700">Skipped: {item.reason}</p>}
                </div>
                <PopoverMenu label={`Actions for ${name} on ${where}`} className="shrink-0 rounded px-1.5 text-slate-700 hover:bg-slate-100" items={() => pluginMenu(actions, index, name, where, item.fn.enabled, codeHref)}>
                  <span aria-hidden="true">⋯</span>
                </PopoverMenu>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
