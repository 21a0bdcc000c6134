import type { RefObject } from 'react';
import { useVirtualizer, observeElementRect } from '@tanstack/react-virtual';
import type { ListRow } from './list-rows';
import { ApiRow } from './ApiRow';
import { COLUMNS, ROW_HEIGHT } from './table-layout';

/** Until the scroll box has been laid out (or where there is no layout, as in tests), assume a screen. */
const FALLBACK_RECT = { width: 1024, height: 640 };

/**
 * The rows in view of a long list, plus spacer rows above and below: the table keeps its semantics
 * (aria-rowcount/aria-rowindex tell a screen reader where it is) and 10,000 APIs cost no more to draw than 20.
 */
export default function VirtualRows({ rows, scrollRef }: { rows: readonly ListRow[]; scrollRef: RefObject<HTMLDivElement | null> }) {
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
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return (
    <>
      {top > 0 && <Spacer height={top} />}
      {items.map((item) => {
        const row = rows[item.index];
        return row ? <ApiRow key={item.key} row={row} rowIndex={item.index + 2} height={ROW_HEIGHT} /> : null;
      })}
      {bottom > 0 && <Spacer height={bottom} />}
    </>
  );
}

function Spacer({ height }: { height: number }) {
  return (
    <tr aria-hidden="true">
      <td colSpan={COLUMNS} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}
