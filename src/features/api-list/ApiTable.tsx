import { Link } from 'react-router';
import type { ApiSummary } from '../../domain/pipeline/model';
import { Badge } from '../../components/Badge';

export function ApiTable({ rows }: { rows: readonly ApiSummary[] }) {
  if (rows.length === 0) {
    return <p className="py-8 text-slate-600">This gateway has no APIs yet.</p>;
  }
  return (
    <table className="w-full border-collapse bg-white text-sm shadow-sm">
      <thead>
        <tr className="border-b border-slate-200 text-left text-slate-600">
          <th scope="col" className="px-3 py-2 font-medium">Name</th>
          <th scope="col" className="px-3 py-2 font-medium">Format</th>
          <th scope="col" className="px-3 py-2 font-medium">Listen path</th>
          <th scope="col" className="px-3 py-2 font-medium">Driver</th>
          <th scope="col" className="px-3 py-2 text-right font-medium">Plugins</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="border-b border-slate-100 hover:bg-slate-50">
            <td className="px-3 py-2">
              <Link to={`/apis/${encodeURIComponent(row.id)}`} className="font-medium text-indigo-700 hover:underline">
                {row.name || row.id}
              </Link>
              {row.keyless && (
                <span className="ml-2">
                  <Badge>keyless</Badge>
                </span>
              )}
            </td>
            <td className="px-3 py-2">
              <Badge tone={row.format === 'oas' ? 'info' : 'neutral'}>{row.format === 'oas' ? 'Tyk OAS' : 'Classic'}</Badge>
            </td>
            <td className="px-3 py-2 font-mono text-xs">{row.listenPath}</td>
            <td className="px-3 py-2">{row.driver || <span className="text-slate-400">none</span>}</td>
            <td className="px-3 py-2 text-right tabular-nums">{row.pluginCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
