import { useCallback, useDeferredValue, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { apisQueryOptions, useApis } from '../../gateway/queries';
import { Button } from '../../components/Button';
import { GatewayErrorPanel } from '../common/GatewayErrorPanel';
import { GatewayWait } from '../common/GatewayWait';
import { listRows, warmDetails } from './list-rows';
import { ApiTable } from './ApiTable';
import { ApiFilters } from './ApiFilters';
import { filterApis } from './filter-apis';
import { DEFAULT_SEARCH, isFiltered, readListSearch, writeListSearch, type ListSearch } from './list-search';
import { RowMarksContext } from './row-marks';
import { useRowMarks } from './use-row-marks';
import { detailsOf } from './list-rows';

export function ApiListPage() {
  const apis = useApis();
  const client = useQueryClient();
  // Cancelling leaves the query without data and not fetching: the user stopped waiting.
  const stopped = apis.isPending && apis.fetchStatus === 'idle';
  const [params, setParams] = useSearchParams();
  const search = useMemo(() => readListSearch(params), [params]);
  // Typing stays responsive with 10,000 APIs: the table catches up with the search a moment later.
  const deferred = useDeferredValue(search);
  const gatewayRows = useMemo(() => listRows(apis.data ?? []), [apis.data]);
  const { marks, draftOnlyRows } = useRowMarks(gatewayRows);
  // APIs that exist only as drafts in this browser are listed too, marked so.
  const rows = useMemo(() => (draftOnlyRows.length === 0 ? gatewayRows : [...gatewayRows, ...draftOnlyRows]), [gatewayRows, draftOnlyRows]);
  useEffect(() => warmDetails(rows), [rows]);
  const shown = useMemo(() => filterApis(rows, deferred, detailsOf, marks.markOf), [rows, deferred, marks]);
  const setSearch = useCallback((next: ListSearch) => setParams(writeListSearch(next), { replace: true }), [setParams]);

  return (
    <section aria-labelledby="api-list-heading" className="mx-auto max-w-6xl">
      <div className="mb-3 flex items-baseline gap-3">
        <h1 id="api-list-heading" className="text-xl font-semibold">
          APIs
        </h1>
        {apis.isSuccess && (
          <span role="status" className="text-sm text-slate-500">
            {isFiltered(search) ? `${shown.length} of ${rows.length} shown` : `${gatewayRows.length} on this gateway`}
            {draftOnlyRows.length > 0 && !isFiltered(search) ? `, ${draftOnlyRows.length} only in this browser` : ''}
            {search.state !== 'any' && marks.checked < marks.total ? ` (checked ${marks.checked} of ${marks.total} so far)` : ''}
          </span>
        )}
      </div>
      {apis.isSuccess && rows.length > 0 && <ApiFilters search={search} onChange={setSearch} />}
      {apis.isPending && !stopped && (
        <GatewayWait
          what="the list of its APIs"
          calls="GET /tyk/apis and GET /tyk/apis/oas"
          waiting={apis.fetchStatus === 'fetching'}
          failures={apis.failureCount}
          lastFailure={apis.failureReason}
          onCancel={() => void client.cancelQueries({ queryKey: apisQueryOptions().queryKey })}
        />
      )}
      {stopped && (
        <div role="status" className="py-8 text-slate-600">
          <p>Stopped waiting for the gateway. Nothing was changed.</p>
          <Button className="mt-2" onClick={() => void apis.refetch()}>
            Ask again
          </Button>
        </div>
      )}
      {apis.isError && (
        <GatewayErrorPanel title="Could not load the APIs" error={apis.error} onRetry={() => void apis.refetch()} />
      )}
      {apis.isSuccess && rows.length === 0 && <p className="py-8 text-slate-600">This gateway has no APIs yet.</p>}
      {apis.isSuccess && rows.length > 0 && shown.length === 0 && (
        <div className="py-8 text-slate-600">
          <p>No API matches this search.</p>
          <Button className="mt-2" onClick={() => setSearch(DEFAULT_SEARCH)}>
            Clear search and filters
          </Button>
        </div>
      )}
      {apis.isSuccess && shown.length > 0 && (
        <RowMarksContext.Provider value={marks}>
          <ApiTable rows={shown} label="APIs on this gateway" />
        </RowMarksContext.Provider>
      )}
    </section>
  );
}
