import type { ApiVersion } from '../../domain/history';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';

interface Props {
  version: ApiVersion;
  /** The version the gateway serves now (by meaning), if this one. */
  current: boolean;
  restoring: boolean;
  onRestore: () => void;
}

/** One version in the History list: when, what changed in words, and the way back to it. */
export function VersionItem({ version, current, restoring, onRestore }: Props) {
  const headingId = `version-${version.id}`;
  return (
    <li aria-labelledby={headingId} className="rounded border border-slate-200 bg-white p-3">
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={headingId} className="font-medium">
          {version.title}{' '}
          <span className="font-normal text-slate-500">
            · {version.atIs === 'until' ? 'served until ' : ''}
            {new Date(version.at).toLocaleString()}
          </span>
        </h3>
        {current && <Badge tone="success">Served now</Badge>}
        {version.changedElsewhere && <Badge tone="warning">Not pushed from this browser</Badge>}
        {version.doc && !current && (
          <Button className="ml-auto" onClick={onRestore} disabled={restoring} aria-describedby={headingId}>
            {restoring ? 'Restoring…' : 'Restore this version'}
          </Button>
        )}
      </div>
      {version.changes.length > 0 && (
        <ul className="mt-2 list-disc space-y-0.5 pl-5 text-sm text-slate-700">
          {version.changes.map((change, index) => (
            <li key={index}>{change}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
