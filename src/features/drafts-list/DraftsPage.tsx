import { useId, useState } from 'react';
import { Link } from 'react-router';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { LoadingState } from '../../components/LoadingState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { getConnection } from '../../gateway/current-gateway';
import { GatewayErrorPanel } from '../common/GatewayErrorPanel';
import { useCreateFromDraft, useDiscardDraft, useDrafts, type DraftRow } from './use-drafts';

/** Every draft kept in this browser: open one, create a deleted API again, or discard (asked twice). */
export function DraftsPage() {
  const drafts = useDrafts();
  const gateway = getConnection().key;
  return (
    <section aria-labelledby="drafts-heading" className="mx-auto max-w-5xl">
      <h1 id="drafts-heading" className="mb-1 text-xl font-semibold">
        Drafts
      </h1>
      <p className="mb-4 text-sm text-slate-600">
        Every edit is kept in this browser until you push it or discard it: a reload, a closed tab or a lost network
        loses nothing.
      </p>
      {drafts.isPending && <LoadingState label="Reading the drafts kept in this browser…" />}
      {drafts.isError && <ErrorPanel title="Could not read the drafts" message={String(drafts.error)} />}
      {drafts.data?.length === 0 && <p className="py-6 text-slate-600">No drafts: nothing was edited in this browser yet.</p>}
      {drafts.data && drafts.data.length > 0 && (
        <ul aria-label="Drafts" className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
          {drafts.data.map((row) => (
            <DraftItem key={row.draft.key} row={row} here={row.draft.gateway === gateway} />
          ))}
        </ul>
      )}
    </section>
  );
}

function DraftItem({ row, here }: { row: DraftRow; here: boolean }) {
  const discard = useDiscardDraft();
  const create = useCreateFromDraft();
  const [confirming, setConfirming] = useState(false);
  const { draft } = row;
  const labelId = useId();
  return (
    <li aria-labelledby={labelId} className="flex flex-wrap items-center gap-3 px-3 py-2">
      <div className="min-w-0 flex-1">
        <p id={labelId} className="font-medium">
          {row.name}
        </p>
        <p className="text-xs text-slate-500">
          <code>{draft.apiId}</code> · {draft.format === 'oas' ? 'Tyk OAS' : 'Classic'} ·{' '}
          {draft.updatedAt > 0 ? `changed ${new Date(draft.updatedAt).toLocaleString()}` : 'not changed'}
          {!here && <> · gateway {draft.gateway}</>}
        </p>
      </div>
      {row.detached ? (
        <Badge tone="warning">Not on the gateway</Badge>
      ) : row.dirty ? (
        <Badge tone="info">Changes not pushed</Badge>
      ) : (
        <Badge>Same as the gateway, with plugin files</Badge>
      )}
      {here && !row.detached && (
        <Link to={`/apis/${encodeURIComponent(draft.apiId)}`} className="text-sm font-medium text-indigo-700 hover:underline">
          Open<span className="sr-only"> {row.name}</span>
        </Link>
      )}
      {here && row.detached && (
        <Button onClick={() => create.mutate(draft)} disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create on the gateway'}
        </Button>
      )}
      {confirming ? (
        <>
          <Button variant="danger" onClick={() => discard.mutate(draft)} disabled={discard.isPending}>
            Yes, discard<span className="sr-only"> the draft of {row.name}</span>
          </Button>
          <Button variant="ghost" onClick={() => setConfirming(false)}>
            Keep it
          </Button>
        </>
      ) : (
        <Button variant="ghost" onClick={() => setConfirming(true)}>
          Discard…<span className="sr-only"> the draft of {row.name}</span>
        </Button>
      )}
      {create.isError && (
        <div className="basis-full">
          <GatewayErrorPanel title="The gateway did not create the API" error={create.error} onRetry={() => create.mutate(draft)} />
        </div>
      )}
    </li>
  );
}
