import { useState } from 'react';
import { useDraftState } from '../../drafts/use-draft';
import type { DraftSession } from '../../drafts/draft-session';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { LoadingState } from '../../components/LoadingState';
import { ConflictStep } from './ConflictStep';
import { ReviewStep } from './ReviewStep';
import { PushOutcome } from './PushOutcome';
import { NodeOutcomes } from './NodeOutcomes';
import { ErrorStep } from './ErrorStep';
import { ReloadChoice } from './ReloadChoice';
import { usePushFlow } from './use-push-flow';
import { useReloadTarget } from '../../state/reload-target';
import type { PushStep } from './push-steps';

export interface ReviewDialogProps {
  session: DraftSession;
  mode: 'review' | 'delete';
  apiName: string;
  onClose: () => void;
  /** After a delete: the workspace has nothing left to show. */
  onDeleted: () => void;
}

function busyLabel(state: PushStep): string | undefined {
  switch (state.step) {
    case 'checking':
      return 'Fetching the gateway’s current copy…';
    case 'pushing':
      return 'Writing to the gateway…';
    case 'reloading':
      return state.target === 'group' ? 'Reloading every node of the group…' : 'Reloading this node…';
    case 'reading':
      return 'Reading back what the gateway serves…';
    case 'deleting':
      return 'Deleting from the gateway…';
    default:
      return undefined;
  }
}

/** Review and push (or delete) one API: every step of the flow in one dialog. */
export default function ReviewDialog({ session, mode, apiName, onClose, onDeleted }: ReviewDialogProps) {
  const { draft } = useDraftState(session);
  const { state, flow } = usePushFlow(session, mode);
  const [target, setTarget] = useReloadTarget();
  // The definition a refusal names fields of: the one that was sent, which the draft still holds.
  const [sentDoc] = useState(() => draft.doc);

  const title = mode === 'delete' ? `Delete ${apiName}` : `Review and push ${apiName}`;
  const busy = busyLabel(state);

  return (
    <Dialog open title={title} onClose={onClose} wide={state.step === 'review' || state.step === 'conflict'}>
      {busy && (
        <div className="flex items-center gap-3">
          <LoadingState label={busy} />
          <Button onClick={flow.cancel}>Cancel request</Button>
        </div>
      )}
      {state.step === 'review' && (
        <ReviewStep
          theirs={state.theirs}
          mine={draft.doc}
          format={draft.format}
          merge={state.merge}
          overwriting={state.overwriting}
          reload={<ReloadChoice value={target} onChange={setTarget} after="push" />}
          onPush={() => void flow.push(state.theirs, target)}
          onCancel={onClose}
          draft={draft}
          onFollow={onClose}
        />
      )}
      {state.step === 'conflict' && (
        <ConflictStep
          base={state.base}
          theirs={state.theirs}
          mine={draft.doc}
          onReapply={() => flow.reapply(state.base, state.theirs)}
          onOverwrite={() => flow.overwrite(state.theirs)}
          onCancel={onClose}
        />
      )}
      {state.step === 'missing' && (
        <div className="space-y-3">
          <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
            The gateway no longer has this API: someone may have deleted it. Your draft is kept in this browser.
          </p>
          <ReloadChoice value={target} onChange={setTarget} after="push" />
          <div className="flex justify-end gap-2">
            <Button onClick={onClose}>Close</Button>
            <Button variant="primary" onClick={() => void flow.push(null, target)}>
              Re-create it from your draft
            </Button>
          </div>
        </div>
      )}
      {state.step === 'pushed' && (
        <div className="space-y-3">
          <PushOutcome
            action={state.action}
            target={state.target}
            changedOnLoad={state.changedOnLoad}
            afterTimeout={state.afterTimeout}
            partial={Boolean(state.nodes?.reports.some((report) => report.write !== 'ok' || report.serves !== 'same'))}
          />
          {state.nodes && <NodeOutcomes nodes={state.nodes} />}
          <div className="flex justify-end">
            <Button variant="primary" onClick={onClose}>
              Done
            </Button>
          </div>
        </div>
      )}
      {state.step === 'confirm-delete' && (
        <div className="space-y-3">
          <p>
            Delete <strong>{apiName}</strong> (<code className="font-mono text-sm">{draft.apiId}</code>) from the
            gateway? Your draft stays in this browser, so you can create it again.
          </p>
          <ReloadChoice value={target} onChange={setTarget} after="delete" />
          <div className="flex justify-end gap-2">
            <Button onClick={onClose}>Keep it</Button>
            <Button variant="danger" onClick={() => void flow.remove(target)}>
              Delete from the gateway
            </Button>
          </div>
        </div>
      )}
      {state.step === 'deleted' && (
        <div className="space-y-3">
          <p role="status" className="text-emerald-800">
            Deleted. {state.target === 'group' ? 'The nodes of the group' : 'This node'} no longer serve it; your draft is still in this browser.
          </p>
          <div className="flex justify-end">
            <Button variant="primary" onClick={onDeleted}>
              Done
            </Button>
          </div>
        </div>
      )}
      {state.step === 'error' && (
        <div className="space-y-3">
          <ErrorStep error={state.error} title={state.title} retry={state.retry} sentDoc={sentDoc} apiId={draft.apiId} onFollow={onClose} />
          {state.note && <p className="text-sm text-slate-700">{state.note}</p>}
          <p className="text-sm text-slate-600">Your draft is unchanged and saved in this browser.</p>
          <div className="flex justify-end">
            <Button onClick={onClose}>Close</Button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
