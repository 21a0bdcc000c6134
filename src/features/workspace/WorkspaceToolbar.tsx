import { useMemo } from 'react';
import { Button } from '../../components/Button';
import { isDirty } from '../../drafts/draft-types';
import { useDraftState } from '../../drafts/use-draft';
import type { DraftSession } from '../../drafts/draft-session';
import { useUndoShortcuts } from './use-undo-shortcuts';
import { SaveStatusText } from './SaveStatusText';
import { ExportMenu } from '../import-export';
import { SyncActions } from '../sync';

/**
 * Undo and redo for every workspace view, and where the draft stands against the gateway. Features that
 * act on the whole API (export, review and push) put their buttons at the end of this bar.
 */
export function WorkspaceToolbar({ session }: { session: DraftSession }) {
  const { draft, past, future, save } = useDraftState(session);
  useUndoShortcuts(session);
  const lastStep = past[past.length - 1];
  const nextStep = future[future.length - 1];
  // Comparing the whole definition is not free on large APIs: only when the definition itself changes.
  const { base, doc } = draft;
  const dirty = useMemo(() => isDirty({ base, doc }), [base, doc]);

  return (
    <div role="toolbar" aria-label="Draft" className="flex flex-wrap items-center gap-2 border-b border-slate-200 py-2">
      <Button
        variant="ghost"
        onClick={() => session.undo()}
        disabled={!lastStep}
        aria-keyshortcuts="Control+Z"
        title={lastStep ? `Undo: ${lastStep.label} (Ctrl+Z)` : 'Nothing to undo'}
      >
        ↶ Undo
      </Button>
      <Button
        variant="ghost"
        onClick={() => session.redo()}
        disabled={!nextStep}
        aria-keyshortcuts="Control+Shift+Z"
        title={nextStep ? `Redo: ${nextStep.label} (Ctrl+Shift+Z)` : 'Nothing to redo'}
      >
        ↷ Redo
      </Button>
      <SaveStatusText session={session} save={save} dirty={dirty} />
      {dirty && draft.base && (
        <Button
          variant="ghost"
          onClick={() => {
            if (window.confirm('Discard your changes to this API and go back to the gateway’s copy?')) session.discard();
          }}
        >
          Discard changes
        </Button>
      )}
      <div className="ml-auto flex items-center gap-2">
        <ExportMenu session={session} />
        <SyncActions session={session} />
      </div>
    </div>
  );
}
