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
    <>
      <div className="max-h-[50vh] overflow-auto rounded border border-slate-200 bg-white sm:hidden">
        <UnifiedRows rows={rows} labels={labels} />
      </div>
      <div className="hidden max-h-[50vh] overflow-auto rounded border border-slate-200 bg-white sm:block">
        <table
          aria-label={labels[0] === 'Gateway’s copy' ? 'The gateway’s copy and your draft, side by side' : `${labels[0]} and ${labels[1]}, side by side`}
          className="w-full table-fixed border-collapse font-mono text-xs"
        >
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
                  <Cell
                    text={row.left}
                    no={row.leftNo}
                    tone={TONE[row.kind][0]}
                    mark={row.kind === 'same' || row.kind === 'added' ? '' : 'removed: '}
                  />
                  <Cell
                    text={row.right}
                    no={row.rightNo}
                    tone={TONE[row.kind][1]}
                    mark={row.kind === 'same' || row.kind === 'removed' ? '' : 'added: '}
                  />
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}

/**
 * Below 640 px two columns of JSON are too narrow to read: the same rows one under the other, the gateway's
 * line (−) above the draft's (+).
 */
function UnifiedRows({ rows, labels }: { rows: readonly DiffRow[]; labels: readonly [string, string] }) {
  // The default labels keep the wording the review has always used; others (History, Compare) name both sides.
  const name = labels[0] === 'Gateway’s copy' ? 'Changes from the gateway’s copy to your draft' : `Changes from ${labels[0]} to ${labels[1]}`;
  return (
    <ol aria-label={name} className="font-mono text-xs">
      {rows.map((row, index) => {
        if (row.kind === 'skipped') {
          return (
            <li key={index} className="bg-slate-50 px-2 py-0.5 text-center font-sans text-slate-500">
              {row.count} unchanged {row.count === 1 ? 'line' : 'lines'}
            </li>
          );
        }
        if (row.kind === 'same') return <Line key={index} sign=" " text={row.left ?? ''} tone="" />;
        return (
          <li key={index}>
            <ol>
              {row.left !== null && <Line sign="−" label="removed: " text={row.left} tone="bg-red-50" />}
              {row.right !== null && <Line sign="+" label="added: " text={row.right} tone="bg-emerald-50" />}
            </ol>
          </li>
        );
      })}
    </ol>
  );
}

function Line({ sign, label, text, tone }: { sign: string; label?: string; text: string; tone: string }) {
  return (
    <li className={`whitespace-pre-wrap break-all px-2 ${tone}`}>
      <span aria-hidden="true" className="mr-1 select-none text-slate-500">
        {sign}
      </span>
      {label && <span className="sr-only">{label}</span>}
      {text}
    </li>
  );
}

function Cell({
  text,
  no,
  tone,
  mark,
}: {
  text: string | null;
  no: number | undefined;
  tone: string;
  mark: string;
}) {
  return (
    <td className={`whitespace-pre-wrap break-all border-l border-slate-100 px-2 align-top ${tone}`}>
      {text !== null && (
        <>
          <span aria-hidden="true" className="mr-2 inline-block w-8 select-none text-right text-slate-600">
            {no}
          </span>
          {mark && <span className="sr-only">{mark}</span>}
          {text}
        </>
      )}
    </td>
  );
}
