import { memo } from 'react';
import { Link } from 'react-router';
import { Badge } from '../../components/Badge';
import { detailsOf, type ListRow } from './list-rows';
import { useRowMark } from './row-marks';

/** One API of the list. Names come from definitions: rendered as text only. */
export const ApiRow = memo(function ApiRow({ row, rowIndex, height }: { row: ListRow; rowIndex: number; height: number }) {
  const { driver, pluginCount, keyless } = detailsOf(row);
  const mark = useRowMark(row.id);
  return (
    <tr aria-rowindex={rowIndex} style={{ height }} className="border-b border-slate-100 hover:bg-slate-50">
      <td className="truncate px-3 py-2">
        <Link to={`/apis/${encodeURIComponent(row.id)}`} className="font-medium text-indigo-700 hover:underline">
          {row.name || row.id}
        </Link>
        {keyless && (
          <span className="ml-2">
            <Badge>keyless</Badge>
          </span>
        )}
        <RowBadges mark={mark} />
      </td>
      <td className="px-3 py-2">
        <Badge tone={row.format === 'oas' ? 'info' : 'neutral'}>{row.format === 'oas' ? 'Tyk OAS' : 'Classic'}</Badge>
      </td>
      <td className="truncate px-3 py-2 font-mono text-xs">{row.listenPath}</td>
      <td className="px-3 py-2">{driver || <span className="text-slate-500">none</span>}</td>
      <td className="px-3 py-2 text-right tabular-nums">{pluginCount}</td>
    </tr>
  );
});

/** What the row's marks say, in the badges' words (each readable on its own by a screen reader). */
function RowBadges({ mark }: { mark: ReturnType<typeof useRowMark> }) {
  return (
    <>
      {mark.draft === 'unpushed' && (
        <span className="ml-2" data-testid="mark-unpushed">
          <Badge tone="warning">changes not pushed</Badge>
        </span>
      )}
      {mark.draft === 'draft-only' && (
        <span className="ml-2" data-testid="mark-draft-only">
          <Badge tone="info">only a draft</Badge>
        </span>
      )}
      {mark.worst === 'error' && (
        <span className="ml-2" data-testid="mark-errors">
          <Badge tone="danger">errors</Badge>
        </span>
      )}
      {mark.worst === 'warning' && (
        <span className="ml-2" data-testid="mark-warnings">
          <Badge tone="warning">warnings</Badge>
        </span>
      )}
    </>
  );
}
