/**
 * Performance marks the bench reads (scripts/bench/pipeline*.mjs): `pipeline:render` from the tab's first
 * render to the first paint after it, `pipeline:drop` from a drop to the paint that shows its result.
 */
export const PERF = {
  renderStart: 'pipeline:render-start',
  render: 'pipeline:render',
  dropStart: 'pipeline:drop-start',
  drop: 'pipeline:drop',
} as const;

function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}

/** Runs after the browser has painted the current frame (a frame callback, then a task after it). */
function afterPaint(callback: () => void): void {
  if (typeof requestAnimationFrame !== 'function') return;
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback();
    channel.port2.postMessage(undefined);
  });
}

function measureAfterPaint(start: string, name: string): void {
  afterPaint(() => {
    try {
      performance.measure(name, start);
    } catch {
      // The start mark was cleared (the bench clears marks between runs): nothing to measure.
    }
  });
}

export function markRenderStart(): void {
  mark(PERF.renderStart);
}

export function measureRender(): void {
  measureAfterPaint(PERF.renderStart, PERF.render);
}

let dropPending = false;

export function markDropStart(): void {
  dropPending = true;
  mark(PERF.dropStart);
}

/** Called after each commit of the diagram; measures only when a drop is waiting to be painted. */
export function measureDropIfPending(): void {
  if (!dropPending) return;
  dropPending = false;
  measureAfterPaint(PERF.dropStart, PERF.drop);
}
