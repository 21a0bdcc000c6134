import type { CoprocessAnswer } from '../../domain/plugin-test/coprocess-outcome';
import type { WorkerChannel } from '../worker-channel';
import { canUseWorkers, workerChannel } from '../worker-channel';
import type * as NodeLoaderModule from './node-pyodide';

type NodeLoader = typeof NodeLoaderModule;

type Channel = WorkerChannel<{ source: string; object: Record<string, unknown> }, CoprocessAnswer>;
let channel: Channel | undefined;
let ready = false;

/** Time for a fresh Worker to load Pyodide (its 10 MB of WebAssembly and the standard library). */
const LOAD_ALLOWANCE_MS = 30_000;

function pythonChannel(): Channel {
  channel ??= workerChannel(() => new Worker(new URL('./python-worker.ts', import.meta.url), { type: 'module', name: 'plugin-sandbox-python' }));
  return channel;
}

/** Load Pyodide in its Worker ahead of the first run (the Test panel of a Python hook opened). */
export function warmPythonSandbox(): void {
  if (!canUseWorkers() || ready) return;
  void runPythonPluginTest('', { hook_name: '', request: {}, session: {}, response: {}, spec: {} }, 1000);
}

/**
 * Run a Python hook on a co-process object: in a browser in a Worker with Pyodide, stopped (the Worker
 * terminated, Pyodide loaded again for the next run) after `timeoutMs`; in Node in this thread.
 */
export async function runPythonPluginTest(source: string, object: Record<string, unknown>, timeoutMs: number): Promise<CoprocessAnswer> {
  if (!canUseWorkers()) {
    // Node only (tests, scripts): kept out of the browser build, which has no use for it.
    const nodeLoader = './node-pyodide.ts';
    const [{ runPythonTest }, { loadNodePyodide }] = await Promise.all([
      import('./run-python-test'),
      import(/* @vite-ignore */ nodeLoader) as Promise<NodeLoader>,
    ]);
    return runPythonTest(await loadNodePyodide(), source, object);
  }
  const result = await pythonChannel().run({ source, object }, timeoutMs + (ready ? 1000 : LOAD_ALLOWANCE_MS));
  if (result.ok) {
    ready = true;
    return result.value;
  }
  if (result.reason === 'deadline') {
    ready = false;
    return { logs: [], error: { kind: 'timeout', message: `The hook did not return within ${timeoutMs / 1000} s: it was stopped. (The gateway sets Python hooks no time limit; a hook that never returns holds the request.)` } };
  }
  return { logs: [], error: { kind: 'internal', message: `Python failed to start: ${result.message}` } };
}
