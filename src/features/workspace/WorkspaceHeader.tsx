import { useMemo } from 'react';
import { summarizeApi } from '../../domain';
import type { DraftSession } from '../../drafts/draft-session';
import { useDraftState } from '../../drafts/use-draft';
import { Badge } from '../../components/Badge';

/** Name, format, listen path and driver of the draft as it stands now. */
export function WorkspaceHeader({ session, onGateway }: { session: DraftSession; onGateway: boolean }) {
  const { draft } = useDraftState(session);
  const summary = useMemo(() => summarizeApi(draft.doc, draft.format), [draft.doc, draft.format]);
  return (
    <div className="mb-1 flex flex-wrap items-baseline gap-3">
      <h1 className="text-xl font-semibold">{summary.name || summary.id}</h1>
      <Badge tone={draft.format === 'oas' ? 'info' : 'neutral'}>{draft.format === 'oas' ? 'Tyk OAS' : 'Classic'}</Badge>
      <span className="font-mono text-sm text-slate-600">{summary.listenPath}</span>
      <span className="text-sm text-slate-600">
        Driver: <span className="font-medium text-slate-800">{summary.driver || 'none'}</span>
      </span>
      {summary.keyless && <Badge>keyless</Badge>}
      {!onGateway && <Badge tone="warning">not on the gateway yet</Badge>}
    </div>
  );
}
