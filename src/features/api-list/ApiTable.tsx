import { useEffect, useRef } from 'react';
import { useVirtualizer, observeElementRect } from '@tanstack/react-virtual';
import type { ListRow } from './list-rows';
import { ApiRow } from './ApiRow';
import { markFirstScreen } from './list-marks';

const ROW_HEIGHT = 41;
const COLUMNS = 5;
/** Until the scroll box has been laid out (or where there is no layout, as in tests), assume a screen. */
const FALLBACK_RECT = { width: 1024, height: 640 };

/**
 * The APIs as a real table whose body renders only the rows in view, plus spacer rows above and below:
 * the table keeps its semantics (aria-rowcount/aria-rowindex tell a screen reader where it is) and
 * 10,000 APIs cost no more to draw than 20.
 */
export function ApiTable({ rows, label }: { rows: readonly ListRow[]; label: string }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer is mutable by design; this component is cheap and re-renders on every scroll anyway.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: FALLBACK_RECT,
    observeElementRect: (instance, cb) =>
      observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : FALLBACK_RECT)),
    getItemKey: (index) => rows[index]?.id ?? index,
  });

  useEffect(() => {
    if (rows.length > 0) markFirstScreen();
  }, [rows.length]);

  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  return (
    <div ref={scrollRef} className="max-h-[70vh] overflow-auto rounded bg-white shadow-sm" data-testid="api-list-scroll">
      <table aria-label={label} aria-rowcount={rows.length + 1} className="w-full table-fixed border-collapse text-sm">
        <thead className="sticky top-0 z-10 bg-white">
          <tr aria-rowindex={1} className="border-b border-slate-200 text-left text-slate-600">
            <th scope="col" className="w-[34%] px-3 py-2 font-medium">Name</th>
            <th scope="col" className="w-[12%] px-3 py-2 font-medium">Format</th>
            <th scope="col" className="w-[28%] px-3 py-2 font-medium">Listen path</th>
            <th scope="col" className="w-[14%] px-3 py-2 font-medium">Driver</th>
            <th scope="col" className="w-[12%] px-3 py-2 text-right font-medium">Plugins</th>
          </tr>
        </thead>
        <tbody>
          {top > 0 && <Spacer height={top} />}
          {items.map((item) => {
            const row = rows[item.index];
            return row ? <ApiRow key={item.key} row={row} rowIndex={item.index + 2} height={ROW_HEIGHT} /> : null;
          })}
          {bottom > 0 && <Spacer height={bottom} />}
        </tbody>
      </table>
    </div>
  );
}

function Spacer({ height }: { height: number }) {
  return (
    <tr aria-hidden="true">
      <td colSpan={COLUMNS} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}
