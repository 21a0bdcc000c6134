import { useDraftState } from '../../drafts/use-draft';
import type { DraftSession } from '../../drafts/draft-session';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { LoadingState } from '../../components/LoadingState';
import { GatewayErrorPanel } from '../common/GatewayErrorPanel';
import { ConflictStep } from './ConflictStep';
import { DiffStep } from './DiffStep';
import { usePushFlow } from './use-push-flow';
import type { PushStep } from './push-steps';

export interface ReviewDialogProps {
  session: DraftSession;
  mode: 'review' | 'delete';
  apiName: string;
  onClose: () => void;
  /** After a delete: the workspace has nothing left to show. */
  onDeleted: () => void;
}

const BUSY_LABEL: Partial<Record<PushStep['step'], string>> = {
  checking: 'Fetching the gateway’s current copy…',
  pushing: 'Pushing to the gateway…',
  reloading: 'Asking the gateway to reload…',
  deleting: 'Deleting from the gateway…',
};

/** Review and push (or delete) one API: every step of the flow in one dialog. */
export default function ReviewDialog({ session, mode, apiName, onClose, onDeleted }: ReviewDialogProps) {
  const { draft } = useDraftState(session);
  const { state, flow } = usePushFlow(session, mode);

  const title = mode === 'delete' ? `Delete ${apiName}` : `Review and push ${apiName}`;
  const busy = BUSY_LABEL[state.step];

  return (
    <Dialog open title={title} onClose={onClose} wide={state.step === 'review' || state.step === 'conflict'}>
      {busy && (
        <div className="flex items-center gap-3">
          <LoadingState label={busy} />
          <Button onClick={flow.cancel}>Cancel request</Button>
        </div>
      )}
      {state.step === 'review' && (
        <DiffStep
          theirs={state.theirs}
          mine={draft.doc}
          merge={state.merge}
          overwriting={state.overwriting}
          onPush={() => void flow.push(state.theirs)}
          onCancel={onClose}
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
          <div className="flex justify-end gap-2">
            <Button onClick={onClose}>Close</Button>
            <Button variant="primary" onClick={() => void flow.create()}>
              Re-create it from your draft
            </Button>
          </div>
        </div>
      )}
      {state.step === 'pushed' && (
        <div className="space-y-3">
          <p role="status" className="text-emerald-800">
            The gateway saved your draft ({state.action}). It serves the change after a hot reload.
          </p>
          <div className="flex flex-wrap justify-end gap-2">
            <Button onClick={onClose}>Close without reloading</Button>
            <Button onClick={() => void flow.reload(true)}>Hot reload the whole group</Button>
            <Button variant="primary" onClick={() => void flow.reload(false)}>
              Hot reload this node
            </Button>
          </div>
        </div>
      )}
      {state.step === 'reloaded' && (
        <div className="space-y-3">
          <p role="status" className="text-emerald-800">
            {state.group
              ? 'The gateway passed the reload on to every node of its group.'
              : 'This node has reloaded: it serves your change now.'}
          </p>
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
            gateway? Requests to it stop after the next reload. Your draft stays in this browser, so you can create it
            again.
          </p>
          <div className="flex justify-end gap-2">
            <Button onClick={onClose}>Keep it</Button>
            <Button variant="danger" onClick={() => void flow.remove(onDeleted)}>
              Delete from the gateway
            </Button>
          </div>
        </div>
      )}
      {state.step === 'error' && (
        <div className="space-y-3">
          <GatewayErrorPanel title={state.title} error={state.error} onRetry={state.retry} />
          <p className="text-sm text-slate-600">Your draft is unchanged and saved in this browser.</p>
          <div className="flex justify-end">
            <Button onClick={onClose}>Close</Button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
