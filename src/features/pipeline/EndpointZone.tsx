import { useDroppable } from '@dnd-kit/core';
import type { ChainStep } from '../../domain/chain';
import type { EndpointPlugin } from '../../domain/pipeline/model';
import { Badge } from '../../components/Badge';
import type { EndpointSlot, RequestFocus } from './dnd-types';
import { endpointZoneId } from './dnd-types';
import { ENDPOINT_SLOT_NAMES } from './hook-labels';
import { usePipelineActions, useZoneVerdict } from './pipeline-context';
import { ZoneVerdict } from './ZoneVerdict';
import { editCodeHref, followInApp } from './code-href';

interface Props {
  apiId: string;
  slot: EndpointSlot;
  step: ChainStep;
  /** Every endpoint plugin of the definition: edits address them by index in this list. */
  all: readonly EndpointPlugin[];
  endpoint: RequestFocus | undefined;
  tracing: boolean;
}

const small = 'rounded border border-slate-300 bg-white px-1.5 py-0.5 text-xs text-slate-800 hover:bg-slate-100';

/** Per-endpoint plugins of one kind: those on the picked endpoint (or all), and where new ones attach. */
// Per-endpoint plugins have a driver of their own whatever the API's: Go post plugins and JSVM virtual endpoints.
const SLOT_DRIVER: Record<EndpointSlot, string> = { goPlugin: 'goplugin', virtual: 'otto' };

export function EndpointZone({ apiId, slot, step, all, endpoint, tracing }: Props) {
  const actions = usePipelineActions();
  const zone = endpointZoneId(slot);
  const { setNodeRef, isOver } = useDroppable({ id: zone, data: { target: { kind: 'endpoint', slot } } });
  const { dragging, plan } = useZoneVerdict(zone);
  const refused = dragging && plan?.kind === 'refused';
  const title = ENDPOINT_SLOT_NAMES[slot];
  const headingId = `endpoint-${slot}-heading`;

  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      data-testid={`endpoint-${slot}`}
      className={`relative rounded-lg border-2 p-2 ${refused ? 'border-red-300 bg-red-50' : isOver ? 'border-indigo-500 bg-indigo-50' : 'border-slate-300 bg-white'} ${
        tracing && step.active ? 'ring-2 ring-emerald-400' : ''
      }`}
    >
      <div className="flex flex-wrap items-baseline gap-2">
        <h4 id={headingId} className="font-semibold">
          {title}s
        </h4>
        <span className="text-xs text-slate-600">{endpoint ? `on ${endpoint.method} ${endpoint.path}` : 'every endpoint'}</span>
        {step.active ? <Badge tone="success">in the chain</Badge> : <Badge>not in the chain</Badge>}
      </div>
      <p className="text-xs text-slate-600">{tracing && !step.active ? `Skipped: ${step.reason}` : step.reason}</p>
      {!endpoint && <p className="text-xs text-slate-600">Pick an endpoint above to attach one.</p>}
      <ZoneVerdict zone={zone} isOver={isOver} />
      {step.functions.length > 0 && (
        <ul aria-label={`${title}s`} className="mt-1 space-y-1">
          {step.functions.map((item) => {
            const index = all.findIndex((plugin) => plugin.fn === item.fn);
            const name = item.fn.name || '(no name)';
            const where = item.endpoint ? `${item.endpoint.method} ${item.endpoint.path}` : '';
            const codeHref = editCodeHref(apiId, SLOT_DRIVER[slot], item.fn.name, item.fn.path);
            return (
              <li key={`${index}`} className="rounded border border-slate-300 p-2 text-sm">
                <div className="flex flex-wrap items-center gap-1">
                  <span className="font-mono font-medium">{name}</span>
                  <span className="font-mono text-xs text-slate-700">{where}</span>
                  {!item.fn.enabled && <Badge tone="warning">disabled</Badge>}
                  {tracing && item.runs && <Badge tone="success">runs</Badge>}
                </div>
                <div className="truncate font-mono text-xs text-slate-600">{item.fn.path || 'inline or no file'}</div>
                {tracing && !item.runs && <p className="text-xs text-slate-700">Skipped: {item.reason}</p>}
                <div className="mt-1 flex gap-1">
                  <label className="inline-flex items-center gap-1 text-xs text-slate-700">
                    <input
                      type="checkbox"
                      checked={item.fn.enabled}
                      aria-label={`${name} on ${where} enabled`}
                      onChange={(event) =>
                        actions.apply(
                          { type: 'updateEndpointPlugin', index, fields: { enabled: event.target.checked } },
                          `${event.target.checked ? 'Enable' : 'Disable'} ${name} on ${where}`,
                        )
                      }
                    />
                    on
                  </label>
                  <button
                    type="button"
                    className={`${small} text-red-700`}
                    aria-label={`Remove ${name} from ${where}`}
                    onClick={() => actions.apply({ type: 'detachEndpointPlugin', index }, `Remove ${name} from ${where}`)}
                  >
                    Remove
                  </button>
                  {codeHref && (
                    <a href={codeHref} className={small} aria-label={`Edit code of ${name} on ${where}`} onClick={(event) => followInApp(event, codeHref, actions.open)}>
                      Edit code
                    </a>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
