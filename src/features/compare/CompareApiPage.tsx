import { lazy, Suspense, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { describeChanges } from '../../domain/pipeline/describe-changes';
import { sameMeaning } from '../../domain/definition/same-meaning';
import type { GatewayApi } from '../../gateway/client';
import type { Connection } from '../../gateway/connection';
import { GatewayError } from '../../gateway/errors';
import { apiOnQueryOptions } from '../../gateway/queries';
import { Button } from '../../components/Button';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingState } from '../../components/LoadingState';
import { GatewayErrorPanel } from '../common/GatewayErrorPanel';
import { GatewayPicker } from './GatewayPicker';
import { promote } from './promote';
import { pairQuery, useComparePair } from './use-compare-pair';

const SideBySideDiff = lazy(() => import('../sync/SideBySideDiff'));

/** One API on two gateways, side by side, with the way to promote it either way. */
export function CompareApiPage() {
  const { apiId = '' } = useParams();
  const { left, right, choose } = useComparePair();
  return (
    <section aria-labelledby="compare-api-heading" className="mx-auto max-w-7xl">
      <p className="text-sm">
        <Link to={`/compare${right ? pairQuery(left, right) : ''}`} className="text-indigo-700 underline">
          Back to the drift report
        </Link>
      </p>
      <h1 id="compare-api-heading" className="mt-2 text-xl font-semibold">
        {apiId} on two gateways
      </h1>
      <div className="my-3 flex flex-wrap items-center gap-4">
        <GatewayPicker label="Left" value={left} onChange={(key) => choose('left', key)} />
        <GatewayPicker label="Right" value={right} onChange={(key) => choose('right', key)} />
      </div>
      {right && right.key !== left.key ? <ApiPair apiId={apiId} left={left} right={right} /> : <p className="text-slate-600">Choose two different gateways.</p>}
    </section>
  );
}

const missing = (error: unknown) => error instanceof GatewayError && error.kind === 'not-found';

function ApiPair({ apiId, left, right }: { apiId: string; left: Connection; right: Connection }) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const a = useQuery(apiOnQueryOptions(apiId, left, client));
  const b = useQuery(apiOnQueryOptions(apiId, right, client));
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const words = useMemo(() => (a.data ? describeChanges(b.data?.doc ?? null, a.data.doc, a.data.format) : []), [a.data, b.data]);
  for (const [side, query] of [[left, a], [right, b]] as const) {
    if (query.error && !missing(query.error)) return <GatewayErrorPanel title={`Could not read ${apiId} on ${side.label}`} error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (a.isPending || b.isPending) return <LoadingState label="Reading both gateways…" />;
  const same = a.data && b.data && a.data.format === b.data.format && sameMeaning(a.data.doc, b.data.doc, a.data.format);

  async function send(api: GatewayApi, from: Connection, to: Connection) {
    setBusy(true);
    setFailure(null);
    try {
      await promote(api, from, to, client, navigate);
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  }

  return (
    <div className="space-y-3">
      <p role="status" className="font-medium">
        {same
          ? `The same on ${left.label} and ${right.label} (by meaning).`
          : !a.data
            ? `Only on ${right.label}.`
            : !b.data
              ? `Only on ${left.label}.`
              : `${left.label} and ${right.label} differ.`}
      </p>
      {!same && a.data && b.data && words.length > 0 && (
        <div>
          <h2 className="font-semibold">What {right.label} would change to take {left.label}’s copy</h2>
          <ul className="list-disc pl-5 text-sm text-slate-700">
            {words.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {failure !== null && <ErrorPanel title="Could not prepare the promotion" message={failure instanceof Error ? failure.message : String(failure)} />}
      {!same && (
        <div className="flex flex-wrap gap-2">
          {a.data && (
            <Button variant="primary" disabled={busy} onClick={() => void send(a.data, left, right)}>
              Promote to {right.label}…
            </Button>
          )}
          {b.data && (
            <Button disabled={busy} onClick={() => void send(b.data, right, left)}>
              Promote to {left.label}…
            </Button>
          )}
        </div>
      )}
      <Suspense fallback={<LoadingState label="Loading the diff…" />}>
        <SideBySideDiff
          before={a.data ? JSON.stringify(a.data.doc, null, 2) : '(not on this gateway)\n'}
          after={b.data ? JSON.stringify(b.data.doc, null, 2) : '(not on this gateway)\n'}
          labels={[left.label, right.label]}
        />
      </Suspense>
    </div>
  );
}
