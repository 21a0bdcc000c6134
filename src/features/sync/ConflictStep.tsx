import { useMemo, useState } from 'react';
import type { JsonObject } from '../../domain/json';
import type { GatewayApi } from '../../gateway/client';
import { Button } from '../../components/Button';
import { changedPaths, threeWayMerge } from './three-way-merge';
import { PathList } from './PathList';

export interface ConflictStepProps {
  base: JsonObject;
  theirs: GatewayApi;
  mine: JsonObject;
  onReapply: () => void;
  onOverwrite: () => void;
  onCancel: () => void;
}

/**
 * Someone changed the API on the gateway since the draft started: base, theirs and mine, what each side
 * changed, and the two ways on. Nothing is pushed from here.
 */
export function ConflictStep({ base, theirs, mine, onReapply, onOverwrite, onCancel }: ConflictStepProps) {
  const [confirming, setConfirming] = useState(false);
  const theirChanges = useMemo(() => changedPaths(base, theirs.doc), [base, theirs]);
  const myChanges = useMemo(() => changedPaths(base, mine), [base, mine]);
  const clashes = useMemo(() => threeWayMerge(base, mine, theirs.doc).conflicts.map((c) => c.path), [base, mine, theirs]);

  return (
    <div className="space-y-3">
      <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
        The gateway’s copy changed since you started editing. Nothing was pushed. Re-apply your edits onto their
        version, or overwrite it on purpose.
      </p>
      <div className="grid gap-3 md:grid-cols-3">
        <PathList label="They changed" paths={theirChanges} empty="Nothing." />
        <PathList label="You changed" paths={myChanges} empty="Nothing." />
        <PathList label="Both changed" paths={clashes} empty="No overlap: your edits re-apply cleanly." />
      </div>
      <div className="grid gap-2 md:grid-cols-3">
        <JsonPane title="Base (when you started)" doc={base} />
        <JsonPane title="Theirs (on the gateway now)" doc={theirs.doc} />
        <JsonPane title="Mine (your draft)" doc={mine} />
      </div>
      <div className="flex flex-wrap justify-end gap-2">
        <Button onClick={onCancel}>Cancel</Button>
        {confirming ? (
          <>
            <span className="self-center text-sm text-red-800">Their changes will be lost.</span>
            <Button variant="danger" onClick={onOverwrite}>
              Yes, overwrite their changes
            </Button>
          </>
        ) : (
          <Button variant="danger" onClick={() => setConfirming(true)}>
            Overwrite their changes…
          </Button>
        )}
        <Button variant="primary" onClick={onReapply}>
          Re-apply my edits onto theirs
        </Button>
      </div>
    </div>
  );
}

function JsonPane({ title, doc }: { title: string; doc: JsonObject }) {
  return (
    <details className="rounded border border-slate-200">
      <summary className="cursor-pointer px-2 py-1 text-sm font-medium">{title}</summary>
      <pre className="max-h-64 overflow-auto p-2 font-mono text-xs">{JSON.stringify(doc, null, 2)}</pre>
    </details>
  );
}
