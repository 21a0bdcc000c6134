import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { summarizeApi } from '../../domain';
import type { DraftSession } from '../../drafts/draft-session';
import { isDirty } from '../../drafts/draft-types';
import { useDraftState } from '../../drafts/use-draft';
import { sameMeaning } from '../../domain/definition/same-meaning';
import { useApi } from '../../gateway/queries';
import { Button } from '../../components/Button';

const ReviewDialog = lazy(() => import('./ReviewDialog'));

/**
 * The workspace's way to the gateway: "Review and push", "Delete…", and a warning when the gateway's
 * copy is no longer the one the draft started from (a draft saved earlier, a change made elsewhere).
 */
export function SyncActions({ session }: { session: DraftSession }) {
  const { draft } = useDraftState(session);
  const api = useApi(draft.apiId, draft.format);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  // `?review=<gateway key>` (a version restored from History, an API promoted from another gateway) opens the
  // review at once, on that gateway only (a promotion switches gateways as it navigates); the address then
  // drops it, so a page reload does not open it again.
  const reviewNow = params.get('review') === session.getState().draft.gateway;
  const [open, setOpen] = useState<'review' | 'delete' | null>(() => (reviewNow ? 'review' : null));
  useEffect(() => {
    if (!reviewNow) return;
    setParams((next) => {
      next.delete('review');
      return next;
    }, { replace: true });
  }, [reviewNow, setParams]);
  const name = useMemo(() => summarizeApi(draft.doc, draft.format).name || draft.apiId, [draft.doc, draft.format, draft.apiId]);
  const theirs = api.data?.doc;
  // Both sides of this comparison change only when the gateway's copy or the draft's base does, not on each
  // edit. By meaning: the defaults a gateway fills in when it loads an API are no change.
  const baseMoved = useMemo(
    () => draft.base !== null && theirs !== undefined && !sameMeaning(draft.base, theirs, draft.format),
    [draft.base, theirs, draft.format],
  );
  const dirty = useMemo(() => isDirty(draft), [draft]);
  const stale = baseMoved && dirty;

  return (
    <>
      {stale && (
        <span role="status" className="rounded bg-amber-50 px-2 py-1 text-sm text-amber-900">
          The gateway’s copy changed since you started editing: review before pushing.
        </span>
      )}
      {draft.base === null && (
        <span role="status" className="rounded bg-amber-50 px-2 py-1 text-sm text-amber-900">
          Not on the gateway
        </span>
      )}
      <Button variant="primary" onClick={() => setOpen('review')}>
        Review and push
      </Button>
      {draft.base !== null && (
        <Button variant="ghost" onClick={() => setOpen('delete')}>
          Delete…
        </Button>
      )}
      {open && (
        <Suspense fallback={null}>
          <ReviewDialog
            session={session}
            mode={open}
            apiName={name}
            onClose={() => setOpen(null)}
            onDeleted={() => {
              setOpen(null);
              void navigate('/drafts');
            }}
          />
        </Suspense>
      )}
    </>
  );
}
