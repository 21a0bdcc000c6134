import { useMemo } from 'react';
import { sideBySide, type DiffRow } from './side-by-side';

const TONE: Record<DiffRow['kind'], [string, string]> = {
  same: ['', ''],
  changed: ['bg-red-50', 'bg-emerald-50'],
  removed: ['bg-red-50', 'bg-slate-50'],
  added: ['bg-slate-50', 'bg-emerald-50'],
  skipped: ['', ''],
};

/**
 * The gateway's copy and the draft side by side, as a table a screen reader can walk: changed lines are
 * marked in words, not only in colour. Text only: definitions are untrusted.
 */
export default function SideBySideDiff({ before, after, labels = ['Gateway’s copy', 'Your draft'] }: { before: string; after: string; labels?: readonly [string, string] }) {
  const rows = useMemo(() => sideBySide(before, after), [before, after]);
  return (
    <div className="max-h-[50vh] overflow-auto rounded border border-slate-200 bg-white">
      <table aria-label={`${labels[0]} and ${labels[1]}, side by side`} className="w-full table-fixed border-collapse font-mono text-xs">
        <thead className="sticky top-0 bg-slate-100 font-sans">
          <tr>
            <th scope="col" className="w-1/2 px-2 py-1 text-left font-medium">
              {labels[0]}
            </th>
            <th scope="col" className="w-1/2 px-2 py-1 text-left font-medium">
              {labels[1]}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) =>
            row.kind === 'skipped' ? (
              <tr key={index}>
                <td colSpan={2} className="bg-slate-50 px-2 py-0.5 text-center font-sans text-slate-500">
                  {row.count} unchanged {row.count === 1 ? 'line' : 'lines'}
                </td>
              </tr>
            ) : (
              <tr key={index} data-kind={row.kind}>
                <Cell text={row.left} no={row.leftNo} tone={TONE[row.kind][0]} mark={row.kind === 'same' || row.kind === 'added' ? '' : 'removed: '} />
                <Cell text={row.right} no={row.rightNo} tone={TONE[row.kind][1]} mark={row.kind === 'same' || row.kind === 'removed' ? '' : 'added: '} />
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}

function Cell({ text, no, tone, mark }: { text: string | null; no: number | undefined; tone: string; mark: string }) {
  return (
    <td className={`whitespace-pre-wrap break-all border-l border-slate-100 px-2 align-top ${tone}`}>
      {text !== null && (
        <>
          <span aria-hidden="true" className="mr-2 inline-block w-8 select-none text-right text-slate-400">
            {no}
          </span>
          {mark && <span className="sr-only">{mark}</span>}
          {text}
        </>
      )}
    </td>
  );
}
