import type { ChainStep } from '../../domain/chain';
import { Badge } from '../../components/Badge';
import { usePipelineActions } from './pipeline-context';
import { editCodeHref, followInApp } from './code-href';

const small =
  'rounded border border-slate-300 bg-white px-1.5 py-0.5 text-xs text-slate-800 hover:bg-slate-100';

interface Props {
  apiId: string;
  /** The driver its code is written for (Go post plugins, JSVM virtual endpoints), whatever the API's. */
  driver: string;
  item: ChainStep['functions'][number];
  /** Its place among every endpoint plugin of the definition: what edits address. */
  index: number;
  tracing: boolean;
}

/** One per-endpoint plugin: where it sits, whether it runs, and its switches. */
export function EndpointPluginItem({ apiId, driver, item, index, tracing }: Props) {
  const actions = usePipelineActions();
  const name = item.fn.name || '(no name)';
  const where = item.endpoint ? `${item.endpoint.method} ${item.endpoint.path}` : '';
  const codeHref = editCodeHref(apiId, driver, item.fn.name, item.fn.path);
  return (
    <li className="rounded border border-slate-300 p-2 text-sm">
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
          onClick={() =>
            actions.apply({ type: 'detachEndpointPlugin', index }, `Remove ${name} from ${where}`)
          }
        >
          Remove
        </button>
        {codeHref && (
          <a
            href={codeHref}
            className={small}
            aria-label={`Edit code of ${name} on ${where}`}
            onClick={(event) => followInApp(event, codeHref, actions.open)}
          >
            Edit code
          </a>
        )}
      </div>
    </li>
  );
}
