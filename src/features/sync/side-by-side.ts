import { diffLines } from 'diff';

/** One line of the side-by-side view: the gateway's line and the draft's line (null: no line there). */
export interface DiffRow {
  kind: 'same' | 'changed' | 'removed' | 'added' | 'skipped';
  left: string | null;
  right: string | null;
  /** 1-based line numbers. */
  leftNo?: number;
  rightNo?: number;
  /** For 'skipped': how many unchanged lines are folded away. */
  count?: number;
}

function lines(value: string): string[] {
  const parts = value.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/**
 * Pair the lines of two texts for a side-by-side view: removals beside the additions that replace them,
 * unchanged runs folded down to `context` lines around each change.
 */
export function sideBySide(before: string, after: string, context = 3): DiffRow[] {
  const rows: DiffRow[] = [];
  let l = 1;
  let r = 1;
  const changes = diffLines(before, after);
  for (let i = 0; i < changes.length; i += 1) {
    const change = changes[i];
    if (!change) continue;
    const text = lines(change.value);
    if (change.removed) {
      const next = changes[i + 1];
      const added = next?.added ? lines(next.value) : [];
      if (next?.added) i += 1;
      for (let k = 0; k < Math.max(text.length, added.length); k += 1) {
        const left = text[k] ?? null;
        const right = added[k] ?? null;
        rows.push({
          kind: left !== null && right !== null ? 'changed' : left !== null ? 'removed' : 'added',
          left,
          right,
          ...(left !== null ? { leftNo: l++ } : {}),
          ...(right !== null ? { rightNo: r++ } : {}),
        });
      }
    } else if (change.added) {
      for (const line of text) rows.push({ kind: 'added', left: null, right: line, rightNo: r++ });
    } else {
      for (const line of text) rows.push({ kind: 'same', left: line, right: line, leftNo: l++, rightNo: r++ });
    }
  }
  return fold(rows, context);
}

/** Keep `context` unchanged lines around changes; fold longer unchanged runs into one 'skipped' row. */
function fold(rows: DiffRow[], context: number): DiffRow[] {
  const near = rows.map(() => false);
  rows.forEach((row, index) => {
    if (row.kind === 'same') return;
    for (let k = Math.max(0, index - context); k <= Math.min(rows.length - 1, index + context); k += 1) near[k] = true;
  });
  const out: DiffRow[] = [];
  let skipped = 0;
  rows.forEach((row, index) => {
    if (row.kind !== 'same' || near[index]) {
      if (skipped > 0) out.push({ kind: 'skipped', left: null, right: null, count: skipped });
      skipped = 0;
      out.push(row);
    } else skipped += 1;
  });
  if (skipped > 0) out.push({ kind: 'skipped', left: null, right: null, count: skipped });
  return out;
}
