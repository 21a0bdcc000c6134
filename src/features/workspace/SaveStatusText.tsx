import { Button } from '../../components/Button';
import type { DraftSession, SaveStatus } from '../../drafts/draft-session';

/** Where the draft stands, said only as far as it is true: "saved" once the browser has stored it. */
export function SaveStatusText({ session, save, dirty }: { session: DraftSession; save: SaveStatus; dirty: boolean }) {
  const pushed = dirty ? 'Draft: changes not pushed to the gateway' : 'Same as the gateway';
  let stored: string;
  switch (save.state) {
    case 'saved':
      stored = dirty ? ' (saved in this browser)' : '';
      if (save.fromAnotherTab) stored += ' · updated with changes saved in another tab';
      break;
    case 'saving':
      stored = ' (saving in this browser…)';
      break;
    case 'failed':
      stored = ' (not saved in this browser)';
      break;
    case 'conflict':
      stored = ' (not saved: changed in another tab too)';
      break;
  }
  return (
    <>
      <span role="status" className="text-sm text-slate-600" data-testid="draft-status" data-save={save.state}>
        {pushed}
        {stored}
      </span>
      {save.state === 'failed' && (
        <span role="alert" className="flex items-center gap-2 text-sm text-red-800">
          This browser refused to store the draft ({save.reason}).
          <Button onClick={() => session.retrySave()}>Try saving again</Button>
        </span>
      )}
    </>
  );
}
