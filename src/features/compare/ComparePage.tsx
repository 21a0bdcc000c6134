import { useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { driftReport, driftSummary } from '../../domain/drift';
import { formatJsonPath } from '../../domain/json';
import type { Connection } from '../../gateway/connection';
import { apisQueryOptions } from '../../gateway/queries';
import { LoadingState } from '../../components/LoadingState';
import { GatewayErrorPanel } from '../common/GatewayErrorPanel';
import { ClusterDrift } from './ClusterDrift';
import { GatewayPicker } from './GatewayPicker';
import { pairQuery, useComparePair } from './use-compare-pair';

/** Whole-gateway drift: which APIs only one gateway has, and which differ in meaning. */
export function ComparePage() {
  const { left, right, choose } = useComparePair();
  return (
    <section aria-labelledby="compare-heading" className="mx-auto max-w-5xl">
      <h1 id="compare-heading" className="text-xl font-semibold">
        Compare gateways
      </h1>
      <p className="mb-3 text-sm text-slate-600">By meaning: key order and the defaults a gateway fills in when it loads an API are no difference.</p>
      <div className="mb-4 flex flex-wrap items-center gap-4">
        <GatewayPicker label="Left" value={left} onChange={(key) => choose('left', key)} />
        <GatewayPicker label="Right" value={right} onChange={(key) => choose('right', key)} />
      </div>
      {left.nodes && left.nodes.length > 1 && <ClusterDrift cluster={left} />}
      {!right || right.key === left.key ? (
        <p className="rounded border border-dashed border-slate-300 p-6 text-center text-slate-600">Choose two different gateways to compare.</p>
      ) : (
        <DriftReportView left={left} right={right} />
      )}
    </section>
  );
}

function DriftReportView({ left, right }: { left: Connection; right: Connection }) {
  const a = useQuery(apisQueryOptions(left));
  const b = useQuery(apisQueryOptions(right));
  const report = useMemo(() => (a.data && b.data ? driftReport(a.data, b.data) : undefined), [a.data, b.data]);
  if (a.error) return <GatewayErrorPanel title={`Could not read ${left.label}’s APIs`} error={a.error} onRetry={() => void a.refetch()} />;
  if (b.error) return <GatewayErrorPanel title={`Could not read ${right.label}’s APIs`} error={b.error} onRetry={() => void b.refetch()} />;
  if (!report) return <LoadingState label="Reading both gateways…" />;
  const query = pairQuery(left, right);
  return (
    <div className="space-y-4">
      <p role="status" className="font-medium">
        {driftSummary(report, [left.label, right.label])}
      </p>
      {report.different.length > 0 && (
        <Group title="Different">
          {report.different.map((item) => (
            <li key={item.id} className="px-3 py-2">
              <Link to={`/compare/${encodeURIComponent(item.id)}${query}`} className="font-medium text-indigo-700 underline">
                {item.id}
              </Link>
              <span className="ml-2 text-sm text-slate-600">
                {item.formats
                  ? `Tyk ${item.formats[0] === 'oas' ? 'OAS' : 'Classic'} on ${left.label}, Tyk ${item.formats[1] === 'oas' ? 'OAS' : 'Classic'} on ${right.label}`
                  : item.paths.map((path) => formatJsonPath(path)).join(', ')}
              </span>
            </li>
          ))}
        </Group>
      )}
      <OnlyOn title={`Only on ${left.label}`} ids={report.onlyLeft} query={query} />
      <OnlyOn title={`Only on ${right.label}`} ids={report.onlyRight} query={query} />
      {report.same.length > 0 && (
        <details className="rounded border border-slate-200 bg-white px-3 py-2">
          <summary className="cursor-pointer text-sm font-medium">The same on both ({report.same.length})</summary>
          <p className="mt-1 text-sm text-slate-600">{report.same.join(', ')}</p>
        </details>
      )}
    </div>
  );
}

function Group({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section aria-label={title}>
      <h2 className="mb-1 text-lg font-semibold">{title}</h2>
      <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">{children}</ul>
    </section>
  );
}

function OnlyOn({ title, ids, query }: { title: string; ids: readonly string[]; query: string }) {
  if (ids.length === 0) return null;
  return (
    <Group title={title}>
      {ids.map((id) => (
        <li key={id} className="px-3 py-2">
          <Link to={`/compare/${encodeURIComponent(id)}${query}`} className="font-medium text-indigo-700 underline">
            {id}
          </Link>
        </li>
      ))}
    </Group>
  );
}
