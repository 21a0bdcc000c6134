import { APIS_ANSWER_MARK } from '../../gateway/queries';

/**
 * Performance marks for the list's speed budget (scripts/bench/api-list.mjs reads them): from the
 * gateway's answer (marked by the list query) to the first screen of rows painted.
 */
export const LIST_MARKS = {
  answer: APIS_ANSWER_MARK,
  firstScreen: 'api-list:first-screen',
  measure: 'api-list:answer-to-first-screen',
} as const;

function lastMark(name: string): number {
  const marks = performance.getEntriesByName(name, 'mark');
  return marks[marks.length - 1]?.startTime ?? -1;
}

/** Called once rows are on screen: when an answer has not been followed by a paint yet, mark after the next paint. */
export function markFirstScreen(): void {
  if (typeof performance === 'undefined' || typeof requestAnimationFrame === 'undefined') return;
  if (typeof performance.getEntriesByName !== 'function') return;
  const answer = lastMark(LIST_MARKS.answer);
  if (answer < 0 || lastMark(LIST_MARKS.firstScreen) > answer) return;
  // A frame, then a task: the mark lands after the browser has painted the rows.
  requestAnimationFrame(() =>
    setTimeout(() => {
      performance.mark(LIST_MARKS.firstScreen);
      try {
        performance.measure(LIST_MARKS.measure, LIST_MARKS.answer, LIST_MARKS.firstScreen);
      } catch {
        // The answer's mark was cleared in between: nothing to measure.
      }
    }, 0),
  );
}
