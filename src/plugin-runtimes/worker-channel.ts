/**
 * A Worker that runs plugins, seen from the page: one request at a time, each answered or, past its
 * deadline, the Worker terminated (whatever the plugin was doing, the page stays free) and a fresh one
 * started for the next request. The runtimes also stop a plugin themselves where they can; the deadline
 * here is the backstop for what they cannot stop.
 */
export interface WorkerChannel<In, Out> {
  run(input: In, deadlineMs: number): Promise<{ ok: true; value: Out } | { ok: false; reason: 'deadline' | 'crash'; message: string }>;
  /** Forget the Worker (the next run starts a new one). */
  reset(): void;
}

interface Reply<Out> {
  id: number;
  value?: Out;
  failure?: string;
}

export function workerChannel<In, Out>(create: () => Worker): WorkerChannel<In, Out> {
  let worker: Worker | undefined;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();

  function reset() {
    worker?.terminate();
    worker = undefined;
  }

  function once(input: In, deadlineMs: number) {
    worker ??= create();
    const current = worker;
    const id = nextId++;
    return new Promise<{ ok: true; value: Out } | { ok: false; reason: 'deadline' | 'crash'; message: string }>((resolve) => {
      const timer = setTimeout(() => {
        cleanup();
        reset();
        resolve({ ok: false, reason: 'deadline', message: `No answer within ${Math.round(deadlineMs / 100) / 10} s: the run was stopped.` });
      }, deadlineMs);
      function onMessage(event: MessageEvent<Reply<Out>>) {
        if (event.data.id !== id) return;
        cleanup();
        if (event.data.failure !== undefined) resolve({ ok: false, reason: 'crash', message: event.data.failure });
        else resolve({ ok: true, value: event.data.value as Out });
      }
      function onError(event: ErrorEvent) {
        cleanup();
        reset();
        resolve({ ok: false, reason: 'crash', message: event.message || 'The runtime failed to start.' });
      }
      function cleanup() {
        clearTimeout(timer);
        current.removeEventListener('message', onMessage);
        current.removeEventListener('error', onError);
      }
      current.addEventListener('message', onMessage);
      current.addEventListener('error', onError);
      current.postMessage({ id, input });
    });
  }

  return {
    run(input, deadlineMs) {
      const result = queue.then(() => once(input, deadlineMs));
      queue = result.catch(() => undefined);
      return result;
    },
    reset,
  };
}

/** The Worker side: answer each request with `handle`, a thrown error as a failure. */
export function serveRequests<In, Out>(scope: { onmessage: ((event: MessageEvent) => void) | null; postMessage(message: unknown): void }, handle: (input: In) => Promise<Out> | Out): void {
  scope.onmessage = (event: MessageEvent<{ id: number; input: In }>) => {
    const { id, input } = event.data;
    Promise.resolve()
      .then(() => handle(input))
      .then(
        (value) => scope.postMessage({ id, value }),
        (error: unknown) => scope.postMessage({ id, failure: error instanceof Error ? error.message : String(error) }),
      );
  };
}

/** Whether this realm can start Workers (a browser page; not Node, nor jsdom). */
export function canUseWorkers(): boolean {
  return typeof Worker !== 'undefined' && typeof window !== 'undefined';
}
