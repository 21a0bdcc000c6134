import { useMemo } from 'react';
import { useApis } from '../../gateway/queries';
import { LoadingState } from '../../components/LoadingState';
import { GatewayErrorPanel } from '../common/GatewayErrorPanel';
import { summarizeApis } from './summarize-apis';
import { ApiTable } from './ApiTable';

export function ApiListPage() {
  const apis = useApis();
  const rows = useMemo(() => summarizeApis(apis.data ?? []), [apis.data]);

  return (
    <section aria-labelledby="api-list-heading" className="mx-auto max-w-6xl">
      <div className="mb-3 flex items-baseline gap-3">
        <h1 id="api-list-heading" className="text-xl font-semibold">
          APIs
        </h1>
        {apis.isSuccess && <span className="text-sm text-slate-500">{rows.length} on this gateway</span>}
      </div>
      {apis.isPending && <LoadingState label="Loading the gateway's APIs…" />}
      {apis.isError && (
        <GatewayErrorPanel
          title="Could not load the APIs"
          error={apis.error}
          onRetry={() => void apis.refetch()}
        />
      )}
      {apis.isSuccess && <ApiTable rows={rows} />}
    </section>
  );
}
