import type { NodeReport, NodeServes } from '../../gateway/cluster';
import { Button } from '../../components/Button';
import type { ClusterOutcome } from './push-steps';

const SERVES: Record<NodeServes, string> = {
  same: 'serves your change',
  differs: 'serves another version',
  missing: 'does not serve the API',
  unreadable: 'could not be read',
};

const settled = (report: NodeReport) => report.write === 'ok' && report.serves === 'same';

/** Each node's answer to a cluster push, and a retry of those that did not take it. */
export function NodeOutcomes({ nodes }: { nodes: ClusterOutcome }) {
  const good = nodes.reports.filter(settled).length;
  const all = nodes.reports.length;
  return (
    <div className="space-y-2">
      {good < all && (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
          {good} of {all} nodes serve your change. Until the others do, the cluster answers differently depending on the node a request
          reaches.
        </p>
      )}
      <table aria-label="Each node’s answer" className="w-full border-collapse text-sm">
        <thead>
          <tr className="text-left text-slate-600">
            <th scope="col" className="py-1 pr-2 font-medium">
              Node
            </th>
            <th scope="col" className="py-1 pr-2 font-medium">
              Write
            </th>
            <th scope="col" className="py-1 font-medium">
              After the group reload
            </th>
          </tr>
        </thead>
        <tbody>
          {nodes.reports.map((report) => (
            <tr key={report.node} className="border-t border-slate-200 align-top">
              <th scope="row" className="whitespace-nowrap py-1 pr-2 text-left font-medium">
                {report.node}
                {report.url && <span className="block font-mono text-xs font-normal text-slate-500">{report.url}</span>}
              </th>
              <td className={`py-1 pr-2 ${report.write === 'ok' ? 'text-emerald-800' : 'text-red-800'}`}>{report.write === 'ok' ? 'taken' : 'refused'}</td>
              <td className="py-1">
                <span className={settled(report) ? 'text-emerald-800' : 'text-amber-900'}>{SERVES[report.serves]}</span>
                {report.problem && <p className="mt-0.5 text-slate-700">{report.problem}</p>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {good < all && <Button onClick={nodes.retry}>Retry the nodes that did not take it</Button>}
    </div>
  );
}
