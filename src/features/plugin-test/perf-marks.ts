/**
 * Performance measures the bench reads (scripts/bench/plugin-test.mjs): `plugin-test:run` from a click on Run
 * to the result on screen, and `plugin-test:first-run` from the Test panel's opening (when its runtime starts
 * loading) to its first result.
 */
export const TEST_PERF = {
  open: 'plugin-test:open',
  start: 'plugin-test:start',
  run: 'plugin-test:run',
  firstRun: 'plugin-test:first-run',
} as const;

function supported(): boolean {
  return typeof performance !== 'undefined' && typeof performance.mark === 'function' && typeof performance.measure === 'function';
}

export function markTestOpen(): void {
  if (supported()) performance.mark(TEST_PERF.open);
}

export function markTestStart(): void {
  if (supported()) performance.mark(TEST_PERF.start);
}

/** Called once a result is rendered: the run's time, and for the panel's first result the time since it opened. */
export function measureTestResult(first: boolean): void {
  if (!supported()) return;
  try {
    performance.measure(TEST_PERF.run, TEST_PERF.start);
    if (first) performance.measure(TEST_PERF.firstRun, TEST_PERF.open);
  } catch {
    // A mark missing (cleared by someone): nothing to measure.
  }
}
