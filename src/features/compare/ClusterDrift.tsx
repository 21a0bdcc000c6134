import { useMemo, useState } from 'react';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { driftReport, driftSummary, type DriftReport } from '../../domain/drift';
import type { GatewayApi } from '../../gateway/client';
import { nodeConnection, type Connection, type GatewayNode } from '../../gateway/connection';
import { apisQueryOptions, gatewayKeys } from '../../gateway/queries';
import { problemOf } from '../../gateway/cluster';
import { Button } from '../../components/Button';
import { LoadingState } from '../../components/LoadingState';
import { fixNode } from './fix-node';

/**
 * A cluster's nodes compared with its first: the nodes each keep their own files, so one that missed a push
 * (down at the time, a wrong secret) serves something else. Each such node gets a one-click fix.
 */
export function ClusterDrift({ cluster }: { cluster: Connection }) {
  const nodes = cluster.nodes ?? [];
  const lists = useQueries({ queries: nodes.map((node) => apisQueryOptions(nodeConnection(cluster, node))) });
  const reference = lists[0]?.data;
  return (
    <section aria-labelledby="cluster-drift-heading" className="mb-6 rounded border border-slate-200 bg-white p-3">
      <h2 id="cluster-drift-heading" className="text-lg font-semibold">
        Nodes of {cluster.label}
      </h2>
      <p className="mb-2 text-sm text-slate-600">Each node keeps its own API files; every node is compared with {nodes[0]?.name}.</p>
      <ul className="space-y-2">
        {nodes.slice(1).map((node, index) => {
          const list = lists[index + 1];
          return (
            <li key={node.name} className="border-t border-slate-100 pt-2">
              {list?.error ? (
                <p role="alert" className="text-sm text-red-800">
                  <strong>{node.name}</strong> could not be read: {problemOf(list.error)}
                </p>
              ) : !reference || !list?.data ? (
                <LoadingState label={`Reading ${node.name}…`} />
              ) : (
                <NodeDrift cluster={cluster} node={node} reference={reference} apis={list.data} />
              )}
            </li>
          );
        })}
      </ul>
      {lists[0]?.error ? (
        <p role="alert" className="text-sm text-red-800">
          {nodes[0]?.name} could not be read: {problemOf(lists[0].error)}
        </p>
      ) : null}
    </section>
  );
}

function NodeDrift({ cluster, node, reference, apis }: { cluster: Connection; node: GatewayNode; reference: readonly GatewayApi[]; apis: readonly GatewayApi[] }) {
  const client = useQueryClient();
  const report: DriftReport = useMemo(() => driftReport(reference, apis), [reference, apis]);
  const [state, setState] = useState<{ busy: boolean; failures?: string[]; error?: unknown }>({ busy: false });
  const first = cluster.nodes?.[0]?.name ?? '';
  const drift = report.different.length + report.onlyLeft.length + report.onlyRight.length;

  async function fix() {
    setState({ busy: true });
    try {
      const failures = await fixNode(cluster, node, reference, report, new AbortController().signal);
      setState({ busy: false, failures });
    } catch (error) {
      setState({ busy: false, error });
    }
    await client.invalidateQueries({ queryKey: gatewayKeys.all(nodeConnection(cluster, node)) });
  }

  if (drift === 0) {
    return (
      <p className="text-sm">
        <strong>{node.name}</strong> <span className="text-emerald-800">serves the same APIs as {first}.</span>
      </p>
    );
  }
  const writes = report.different.length + report.onlyLeft.length;
  return (
    <div className="space-y-1 text-sm">
      <p>
        <strong>{node.name}</strong> <span className="text-amber-900">differs from {first}: {driftSummary(report, [first, node.name])}</span>
      </p>
      {report.different.length > 0 && <p className="text-slate-700">Different: {report.different.map((item) => item.id).join(', ')}</p>}
      {report.onlyLeft.length > 0 && <p className="text-slate-700">Missing on {node.name}: {report.onlyLeft.join(', ')}</p>}
      {report.onlyRight.length > 0 && <p className="text-slate-700">Only on {node.name}: {report.onlyRight.join(', ')}</p>}
      <Button variant="primary" disabled={state.busy} onClick={() => void fix()}>
        {state.busy ? 'Fixing…' : `Make ${node.name} match ${first}`}
      </Button>
      <p className="text-xs text-slate-500">
        Writes {writes} API{writes === 1 ? '' : 's'}
        {report.onlyRight.length > 0 ? ` and deletes ${report.onlyRight.length}` : ''} on {node.name}, then reloads the group.
      </p>
      {state.failures && state.failures.length > 0 && (
        <p role="alert" className="whitespace-pre-line text-red-800">
          {node.name} refused: {state.failures.join('\n')}
        </p>
      )}
      {state.error !== undefined && (
        <p role="alert" className="text-red-800">
          The fix stopped: {problemOf(state.error)}
        </p>
      )}
    </div>
  );
}
