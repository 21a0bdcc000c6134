import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { droppedNote } from '../../domain/history';
import { sameMeaning } from '../../domain/definition/same-meaning';
import { getConnection } from '../../gateway/current-gateway';
import { GatewayError } from '../../gateway/errors';
import { useApi } from '../../gateway/queries';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingState } from '../../components/LoadingState';
import { CompareVersions } from './CompareVersions';
import { restoreVersion } from './restore-version';
import { useApiHistory } from './use-api-history';
import { VersionItem } from './VersionItem';

/** One API's pushes from this browser to the current gateway, with a diff of any two and a way back to each. */
export function HistoryPage() {
  const { apiId = '' } = useParams();
  const connection = getConnection();
  const { log, versions } = useApiHistory(connection.key, apiId);
  const served = useApi(apiId);
  const client = useQueryClient();
  const navigate = useNavigate();
  const [restoring, setRestoring] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const deleted = served.error instanceof GatewayError && served.error.kind === 'not-found';

  async function restore(id: string) {
    const version = versions.find((item) => item.id === id);
    if (!version) return;
    setRestoring(id);
    setFailure(null);
    try {
      await restoreVersion(version, apiId, connection, client);
      // The workspace opens its review at once: the diff against the gateway's copy, then the conflict check.
      await navigate(`/apis/${encodeURIComponent(apiId)}?review=${encodeURIComponent(connection.key)}`);
    } catch (error) {
      setFailure(error);
      setRestoring(null);
    }
  }

  if (log.isPending) return <LoadingState label="Reading the history…" />;
  const note = log.data ? droppedNote(log.data) : undefined;
  return (
    <section aria-labelledby="history-heading" className="mx-auto max-w-5xl">
      <p className="text-sm">
        <Link to={`/apis/${encodeURIComponent(apiId)}`} className="text-indigo-700 underline">
          Back to the API
        </Link>{' '}
        ·{' '}
        <Link to="/history" className="text-indigo-700 underline">
          Every API’s history
        </Link>
      </p>
      <h1 id="history-heading" className="mt-2 text-xl font-semibold">
        History of {apiId} on {connection.label}
      </h1>
      <p className="mb-4 text-sm text-slate-600">
        Pushes made from this browser, newest first. Restoring a version opens it for review: nothing is sent until you push.
      </p>
      {deleted && versions.length > 0 && (
        <p role="status" className="mb-3 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
          The gateway no longer has this API. Restore a version to create it again.
        </p>
      )}
      {note && <p className="mb-3 text-sm text-slate-600">{note}</p>}
      {failure !== null && <ErrorPanel title="Could not restore the version" message={failure instanceof Error ? failure.message : String(failure)} />}
      {versions.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 p-6 text-center text-slate-600">
          No pushes of this API from this browser yet. Each push from here is kept, with what the gateway had before it.
        </p>
      ) : (
        <ol aria-label="Versions, newest first" className="space-y-2">
          {versions.map((version) => (
            <VersionItem
              key={version.id}
              version={version}
              current={Boolean(served.data && version.doc && sameMeaning(version.doc, served.data.doc, version.format))}
              restoring={restoring === version.id}
              onRestore={() => void restore(version.id)}
            />
          ))}
        </ol>
      )}
      <CompareVersions versions={versions} />
    </section>
  );
}
