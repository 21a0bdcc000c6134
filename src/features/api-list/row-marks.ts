import { createContext, useContext } from 'react';
import type { Worst } from './row-findings';

/** What the list says of one API beside its name: its draft in this browser, and its worst finding. */
export interface RowMark {
  draft?: 'unpushed' | 'draft-only';
  /** undefined: not checked yet. */
  worst?: Worst;
}

export interface RowMarks {
  markOf: (id: string) => RowMark;
  /** How many rows the lint has been through, of how many. */
  checked: number;
  total: number;
}

export const NO_MARKS: RowMarks = { markOf: () => ({}), checked: 0, total: 0 };

/** The marks of the rows in view; the list provides them, each row reads its own. */
export const RowMarksContext = createContext<RowMarks>(NO_MARKS);

export function useRowMark(id: string): RowMark {
  return useContext(RowMarksContext).markOf(id);
}
