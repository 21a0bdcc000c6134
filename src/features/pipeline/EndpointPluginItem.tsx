import type { ChainStep } from '../../domain/chain';
import { Badge } from '../../components/Badge';
import { PopoverMenu, type MenuItem } from '../../components/PopoverMenu';
import { usePipelineActions, type PipelineActions } from './pipeline-context';
import { editCodeHref, followInApp } from './code-href';
import { BreakableName } from './BreakableName';

interface Props {
  apiId: string;
  /** The driver its code is written for (Go post plugins, JSVM virtual endpoints), whatever the API's. */
  driver: string;
  item: ChainStep['functions'][number];
  /** Its place among every endpoint plugin of the definition: what edits address. */
  index: number;
  tracing: boolean;
}

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

/** One per-endpoint plugin as a compact card: where it sits, whether it runs; its actions in a menu. */
export function EndpointPluginItem({ apiId, driver, item, index, tracing }: Props) {
  const actions = usePipelineActions();
  const name = item.fn.name || '(no name)';
  const where = item.endpoint ? `${item.endpoint.method} ${item.endpoint.path}` : '';
  const codeHref = editCodeHref(apiId, driver, item.fn.name, item.fn.path);
  return (
    <li
      data-runs={tracing ? String(item.runs) : undefined}
      className={`flex items-start gap-1 rounded border bg-white p-1 text-sm shadow-sm ${tracing ? (item.runs ? 'border-emerald-500' : 'border-dashed border-slate-400') : 'border-slate-300'}`}
    >
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
}
