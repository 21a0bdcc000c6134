import { lazy, Suspense, useEffect, useRef } from 'react';
import type { ListRow } from './list-rows';
import { ApiRow } from './ApiRow';
import { markFirstScreen } from './list-marks';
import { PLAIN_ROWS, ROW_HEIGHT } from './table-layout';

const VirtualRows = lazy(() => import('./VirtualRows'));

/**
 * The APIs as a real table. A long list renders only the rows in view (VirtualRows); while that part
 * loads, the first rows show as they are.
 */
export function ApiTable({ rows, label }: { rows: readonly ListRow[]; label: string }) {
  const scrollRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (rows.length > 0) markFirstScreen();
  }, [rows.length]);

  const plain = (list: readonly ListRow[]) =>
    list.map((row, index) => <ApiRow key={row.id} row={row} rowIndex={index + 2} height={ROW_HEIGHT} />);

  return (
    <div
      ref={scrollRef}
      className="max-h-[70vh] overflow-auto rounded bg-white shadow-sm"
      data-testid="api-list-scroll"
    >
      <table
        aria-label={label}
        aria-rowcount={rows.length + 1}
        className="w-full table-fixed border-collapse text-sm"
      >
        <thead className="sticky top-0 z-10 bg-white">
          <tr aria-rowindex={1} className="border-b border-slate-200 text-left text-slate-600">
            {/* Below 640 px: name (with the listen path under it) and driver only. */}
            <th scope="col" className="w-[72%] px-3 py-2 font-medium sm:w-[36%]">
              Name
            </th>
            <th scope="col" className="hidden w-[11%] px-3 py-2 font-medium sm:table-cell">
              Format
            </th>
            <th scope="col" className="hidden w-[27%] px-3 py-2 font-medium sm:table-cell">
              Listen path
            </th>
            <th scope="col" className="w-[28%] px-3 py-2 font-medium sm:w-[15%]">
              Driver
            </th>
            <th scope="col" className="hidden w-[11%] px-3 py-2 text-right font-medium sm:table-cell">
              Plugins
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length <= PLAIN_ROWS ? (
            plain(rows)
          ) : (
            <Suspense fallback={plain(rows.slice(0, 20))}>
              <VirtualRows rows={rows} scrollRef={scrollRef} />
            </Suspense>
          )}
        </tbody>
      </table>
    </div>
  );
}
