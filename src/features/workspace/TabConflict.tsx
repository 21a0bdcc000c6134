import { useMemo } from 'react';
import { Button } from '../../components/Button';
import type { DraftSession } from '../../drafts/draft-session';
import type { Draft } from '../../drafts/draft-types';
import { useDraftState } from '../../drafts/use-draft';
import { mergeTabs } from './tab-merge';

/**
 * Another tab stored this API's draft while this tab had changes of its own: nothing is written until the
 * user picks what to keep. Shown above every workspace view, so it is met wherever the user is.
 */
export function TabConflict({ session }: { session: DraftSession }) {
  const { draft, save } = useDraftState(session);
  if (save.state !== 'conflict') return null;
  return <ConflictChoice session={session} mine={draft} theirs={save.theirs} common={save.common} />;
}

function ConflictChoice({ session, mine, theirs, common }: { session: DraftSession; mine: Draft; theirs: Draft | undefined; common: Draft }) {
  const merge = useMemo(() => (theirs ? mergeTabs(common, mine, theirs) : undefined), [common, mine, theirs]);
  return (
    <section
      role="alert"
      aria-labelledby="tab-conflict-heading"
      // Stays in sight wherever the user has scrolled to: nothing is saved until they answer.
      className="sticky top-2 z-30 my-2 rounded border border-amber-300 bg-amber-50 p-3 text-amber-950 shadow-md"
    >
      <h2 id="tab-conflict-heading" className="font-semibold">
        {theirs ? 'This API was changed in another tab too' : 'This draft was discarded in another tab'}
      </h2>
      <p className="mt-1 text-sm">
        {theirs
          ? 'Both tabs changed the draft kept in this browser. Your changes here are not saved until you choose what to keep.'
          : 'Your changes here are not saved until you choose what to keep.'}
      </p>
      {merge && !merge.ok && (
        <p className="mt-1 text-sm">
          Both tabs changed {merge.clashes.slice(0, 3).join(', ')}
          {merge.clashes.length > 3 ? ` and ${merge.clashes.length - 3} more` : ''}, so they cannot be merged.
        </p>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        {merge?.ok && (
          <Button variant="primary" onClick={() => session.resolveConflict({ merged: { doc: merge.doc, files: merge.files } })}>
            Merge both tabs’ changes
          </Button>
        )}
        <Button variant={merge?.ok ? 'secondary' : 'primary'} onClick={() => session.resolveConflict('mine')}>
          Keep this tab’s version
        </Button>
        <Button onClick={() => session.resolveConflict('theirs')}>{theirs ? 'Use the other tab’s version' : 'Discard here too'}</Button>
      </div>
      <p className="mt-2 text-xs text-amber-900">Whichever you choose, Undo brings back what was replaced.</p>
    </section>
  );
}
