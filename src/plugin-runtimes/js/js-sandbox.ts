import type { TykPluginTestAnswer, TykPluginTestRequest } from '../../domain/plugin-test/tyk-shapes';
import type { WorkerChannel } from '../worker-channel';
import { canUseWorkers, workerChannel } from '../worker-channel';
import type { JsRunOptions } from './run-js-test';

type Channel = WorkerChannel<{ request: TykPluginTestRequest; options: JsRunOptions }, TykPluginTestAnswer>;
let channel: Channel | undefined;

/** Time for the Worker to start and load the engine, beyond the plugin's own timeout. */
const START_ALLOWANCE_MS = 5000;

function jsChannel(): Channel {
  channel ??= workerChannel(() => new Worker(new URL('./js-worker.ts', import.meta.url), { type: 'module', name: 'plugin-sandbox-js' }));
  return channel;
}

/** Start the Worker and its engine ahead of the first run (the Test panel opened), so that run answers at once. */
export function warmJsSandbox(): void {
  if (!canUseWorkers()) return;
  void jsChannel().run({ request: { code: 'var warm = 1;', hook_type: 'pre', org_id: 'warm', request: { Method: 'GET', Path: '/' } }, options: { engine: 'goja', timeoutMs: 1000 } }, START_ALLOWANCE_MS);
}

/**
 * Run a JSVM plugin test in the sandbox: in a browser inside a Worker (QuickJS stops the plugin at its
 * timeout; should it not, the Worker is terminated), in Node in this thread. The answer has the gateway's
 * `/tyk/plugins/test` shape.
 */
export async function runJsPluginTest(request: TykPluginTestRequest, options: JsRunOptions): Promise<TykPluginTestAnswer> {
  if (!canUseWorkers()) {
    const [{ runJsTest }, { loadQuickJs }] = await Promise.all([import('./run-js-test'), import('./quickjs')]);
    return runJsTest(await loadQuickJs(), request, options);
  }
  const result = await jsChannel().run({ request, options }, options.timeoutMs + START_ALLOWANCE_MS);
  if (result.ok) return result.value;
  if (result.reason === 'deadline') return { logs: [], error: { type: 'timeout', message: `JS middleware timed out after ${options.timeoutMs / 1000}s` }, execution_ms: options.timeoutMs };
  return { logs: [], error: { type: 'internal', message: `The sandbox failed: ${result.message}` }, execution_ms: 0 };
}
