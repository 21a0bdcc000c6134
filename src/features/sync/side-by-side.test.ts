import { describe, expect, it } from 'vitest';
import { sideBySide } from './side-by-side';

const text = (lines: string[]) => lines.join('\n') + '\n';

describe('sideBySide', () => {
  it('puts a replaced line beside its replacement, and additions and removals on their side', () => {
    const rows = sideBySide(text(['a', 'b', 'c']), text(['a', 'B', 'c', 'd']));
    expect(rows.map((row) => [row.kind, row.left, row.right])).toEqual([
      ['same', 'a', 'a'],
      ['changed', 'b', 'B'],
      ['same', 'c', 'c'],
      ['added', null, 'd'],
    ]);
    expect(rows[3]?.rightNo).toBe(4);
  });

  it('folds long unchanged runs, keeping context around changes', () => {
    const before = Array.from({ length: 30 }, (_, i) => `line ${i}`);
    const after = [...before];
    after[15] = 'changed';
    const rows = sideBySide(text(before), text(after), 2);
    expect(rows[0]).toMatchObject({ kind: 'skipped', count: 13 });
    expect(rows.filter((row) => row.kind === 'same')).toHaveLength(4);
    expect(rows[rows.length - 1]).toMatchObject({ kind: 'skipped', count: 12 });
  });

  it('has no rows of changes for equal texts', () => {
    expect(sideBySide('x\n', 'x\n').every((row) => row.kind === 'same' || row.kind === 'skipped')).toBe(true);
  });
});
