import { useMemo } from 'react';
import { summarizeApi } from '../../domain';
import type { GatewayApi } from '../../gateway/client';
import { Badge } from '../../components/Badge';

export function WorkspaceHeader({ api }: { api: GatewayApi }) {
  const summary = useMemo(() => summarizeApi(api.doc, api.format), [api]);
  return (
    <div className="mb-3 flex flex-wrap items-baseline gap-3">
      <h1 className="text-xl font-semibold">{summary.name || summary.id}</h1>
      <Badge tone={api.format === 'oas' ? 'info' : 'neutral'}>{api.format === 'oas' ? 'Tyk OAS' : 'Classic'}</Badge>
      <span className="font-mono text-sm text-slate-600">{summary.listenPath}</span>
      <span className="text-sm text-slate-600">
        Driver: <span className="font-medium text-slate-800">{summary.driver || 'none'}</span>
      </span>
      {summary.keyless && <Badge>keyless</Badge>}
    </div>
  );
}
