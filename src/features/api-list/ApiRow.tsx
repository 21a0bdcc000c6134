import { memo } from 'react';
import { Link } from 'react-router';
import { Badge } from '../../components/Badge';
import { detailsOf, type ListRow } from './list-rows';
import { useRowMark } from './row-marks';

/** One API of the list. Names come from definitions: rendered as text only. */
export const ApiRow = memo(function ApiRow({
  row,
  rowIndex,
  height,
}: {
  row: ListRow;
  rowIndex: number;
  height: number;
}) {
  const { driver, pluginCount, keyless } = detailsOf(row);
  const mark = useRowMark(row.id);
  return (
    <tr aria-rowindex={rowIndex} style={{ height }} className="border-b border-slate-100 hover:bg-slate-50">
      <td className="px-3 py-0.5 sm:py-2">
        {/* The name gives way to the marks: on a phone the name is cut short, never a mark. */}
        <div className="flex min-w-0 items-center gap-2 leading-5">
          <Link
            to={`/apis/${encodeURIComponent(row.id)}`}
            className="min-w-[4rem] truncate font-medium text-indigo-700 hover:underline"
          >
            {row.name || row.id}
          </Link>
          <span className="flex shrink-0 gap-1">
            {keyless && <Badge>keyless</Badge>}
            <RowBadges mark={mark} />
          </span>
        </div>
        {/* Below 640 px the listen path sits under the name, in place of its own column. */}
        <div className="truncate font-mono text-[11px] leading-4 text-slate-600 sm:hidden">
          {row.listenPath}
        </div>
      </td>
      <td className="hidden px-3 py-2 sm:table-cell">
        <Badge tone={row.format === 'oas' ? 'info' : 'neutral'}>
          {row.format === 'oas' ? 'Tyk OAS' : 'Classic'}
        </Badge>
      </td>
      <td className="hidden truncate px-3 py-2 font-mono text-xs sm:table-cell">{row.listenPath}</td>
      <td className="truncate px-3 py-2">{driver || <span className="text-slate-500">none</span>}</td>
      <td className="hidden px-3 py-2 text-right tabular-nums sm:table-cell">{pluginCount}</td>
    </tr>
  );
});

/** What the row's marks say, in the badges' words (each readable on its own by a screen reader). */
function RowBadges({ mark }: { mark: ReturnType<typeof useRowMark> }) {
  return (
    <>
      {mark.draft === 'unpushed' && (
        <span data-testid="mark-unpushed">
          <Badge tone="warning">
            <span className="sm:hidden">not pushed</span>
            <span className="hidden sm:inline">changes not pushed</span>
          </Badge>
        </span>
      )}
      {mark.draft === 'draft-only' && (
        <span data-testid="mark-draft-only">
          <Badge tone="info">only a draft</Badge>
        </span>
      )}
      {mark.worst === 'error' && (
        <span data-testid="mark-errors">
          <Badge tone="danger">errors</Badge>
        </span>
      )}
      {mark.worst === 'warning' && (
        <span data-testid="mark-warnings">
          <Badge tone="warning">warnings</Badge>
        </span>
      )}
    </>
  );
}
