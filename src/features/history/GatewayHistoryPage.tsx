import { Link } from 'react-router';
import { getConnection } from '../../gateway/current-gateway';
import { useApis } from '../../gateway/queries';
import { Badge } from '../../components/Badge';
import { LoadingState } from '../../components/LoadingState';
import { useHistoryApis } from './use-api-history';

/** The APIs of the current gateway with pushes kept in this browser, deleted ones too (to restore them). */
export function GatewayHistoryPage() {
  const connection = getConnection();
  const ids = useHistoryApis(connection.key);
  const apis = useApis();
  if (ids.isPending) return <LoadingState label="Reading the history…" />;
  const served = new Set((apis.data ?? []).map((api) => api.id));
  const list = [...(ids.data ?? [])].sort();
  return (
    <section aria-labelledby="gateway-history-heading" className="mx-auto max-w-3xl">
      <h1 id="gateway-history-heading" className="text-xl font-semibold">
        History on {connection.label}
      </h1>
      <p className="mb-4 text-sm text-slate-600">Every API pushed to this gateway from this browser. An API deleted since can be restored from its last version.</p>
      {list.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 p-6 text-center text-slate-600">No pushes to this gateway from this browser yet.</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
          {list.map((id) => (
            <li key={id} className="flex items-center gap-2 px-3 py-2">
              <Link to={`/history/${encodeURIComponent(id)}`} className="font-medium text-indigo-700 underline">
                {id}
              </Link>
              {apis.data && !served.has(id) && <Badge tone="warning">Not on the gateway</Badge>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
