import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { meaningOf } from '../../domain/definition/same-meaning';
import type { JsonObject } from '../../domain/json';
import type { DefinitionFormat } from '../../domain/pipeline/model';
import { formatJsonPath } from '../../domain/json';
import type { GatewayApi } from '../../gateway/client';
import { Button } from '../../components/Button';
import { LoadingState } from '../../components/LoadingState';
import type { MergeResult } from './three-way-merge';
import { changedPaths } from './three-way-merge';
import { PathList } from './PathList';

// Both load on demand, never with the app: the light side-by-side table first; Monaco's diff editor
// (heavy, and slow to start on a busy machine) when the user asks for it.
const SideBySideDiff = lazy(() => import('./SideBySideDiff'));
const MonacoDiffEditor = lazy(() => import('../../monaco').then((mod) => ({ default: mod.MonacoDiffEditor })));

export interface DiffStepProps {
  theirs: GatewayApi | null;
  mine: JsonObject;
  format: DefinitionFormat;
  merge?: MergeResult | undefined;
  overwriting?: boolean | undefined;
  /** The choice of which nodes reload after the push. */
  reload: ReactNode;
  /** The change in words and what stops the push (ReviewChecksPanel). */
  checks: ReactNode;
  /** Something stops the push until fixed or confirmed. */
  blocked: boolean;
  onPush: () => void;
  onCancel: () => void;
}

/** The gateway's copy beside the draft, what differs, and the push. */
export function DiffStep({ theirs, mine, format, merge, overwriting, reload, checks, blocked, onPush, onCancel }: DiffStepProps) {
  const original = useMemo(() => (theirs ? JSON.stringify(theirs.doc, null, 2) : ''), [theirs]);
  const modified = useMemo(() => JSON.stringify(mine, null, 2), [mine]);
  // What changes by meaning: fields the gateway fills in with their defaults are not the user's change.
  const paths = useMemo(() => changedPaths(meaningOf(theirs?.doc ?? {}, format), meaningOf(mine, format)), [theirs, mine, format]);
  const nothing = theirs !== null && paths.length === 0;
  const [inEditor, setInEditor] = useState(false);

  return (
    <div className="space-y-3">
      {merge && <MergeReport merge={merge} />}
      {overwriting && (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
          Pushing replaces the other person’s changes (left) with your draft (right).
        </p>
      )}
      {theirs === null && (
        <p className="text-sm text-slate-700">The gateway has no API with this id: pushing creates it from your draft.</p>
      )}
      {!nothing && checks}
      <PathList
        label="What the push changes"
        paths={paths}
        empty={nothing ? 'Nothing: your draft is the same as the gateway’s copy.' : 'The whole definition (new API).'}
      />
      <div className="flex justify-end">
        <Button variant="ghost" onClick={() => setInEditor((shown) => !shown)} aria-pressed={inEditor}>
          {inEditor ? 'Show the plain diff' : 'Open in the editor’s diff view'}
        </Button>
      </div>
      <Suspense fallback={<LoadingState label="Loading the diff…" />}>
        {inEditor ? (
          <MonacoDiffEditor
            original={original}
            modified={modified}
            ariaLabel="The gateway’s copy and your draft, side by side"
            sideLabels={{ original: 'The gateway’s copy', modified: 'Your draft' }}
            height="50vh"
          />
        ) : (
          <SideBySideDiff before={original} after={modified} />
        )}
      </Suspense>
      {!nothing && reload}
      <div className="flex justify-end gap-2">
        <Button onClick={onCancel}>Cancel</Button>
        <Button variant="primary" onClick={onPush} disabled={nothing || blocked}>
          {theirs ? 'Push and reload' : 'Create and reload'}
        </Button>
      </div>
    </div>
  );
}

function MergeReport({ merge }: { merge: MergeResult }) {
  return (
    <div role="status" className="rounded border border-slate-200 bg-slate-50 p-2 text-sm">
      <p>
        Your edits were re-applied onto the gateway’s current copy: {merge.reapplied.length} carried over
        {merge.conflicts.length > 0 ? `, ${merge.conflicts.length} could not be (they changed the same places)` : ''}.
      </p>
      {merge.conflicts.length > 0 && (
        <ul aria-label="Edits that could not be re-applied" className="mt-1 list-inside list-disc">
          {merge.conflicts.map((conflict) => (
            <li key={formatJsonPath(conflict.path)}>
              <code className="font-mono text-xs">{formatJsonPath(conflict.path)}</code>: kept theirs (
              <code className="font-mono text-xs">{short(conflict.theirs)}</code>); yours was{' '}
              <code className="font-mono text-xs">{short(conflict.mine)}</code>. Redo it by hand if you still want it.
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function short(value: unknown): string {
  if (value === undefined) return '(absent)';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
