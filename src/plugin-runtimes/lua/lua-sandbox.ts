import type { CoprocessAnswer } from '../../domain/plugin-test/coprocess-outcome';
import type { WorkerChannel } from '../worker-channel';
import { canUseWorkers, workerChannel } from '../worker-channel';
import type * as RunLuaModule from './run-lua-test';

type Channel = WorkerChannel<{ source: string; object: Record<string, unknown>; timeoutMs: number }, CoprocessAnswer>;
let channel: Channel | undefined;

/** Run a Lua hook on a co-process object: in a browser in a Worker, in Node in this thread. */
export async function runLuaPluginTest(source: string, object: Record<string, unknown>, timeoutMs: number): Promise<CoprocessAnswer> {
  if (!canUseWorkers()) {
    // Node only (tests): fengari stays out of the page's own chunks.
    const runner = './run-lua-test.ts';
    const { runLuaTest } = (await import(/* @vite-ignore */ runner)) as typeof RunLuaModule;
    return runLuaTest(source, object, timeoutMs);
  }
  channel ??= workerChannel(() => new Worker(new URL('./lua-worker.ts', import.meta.url), { type: 'module', name: 'plugin-sandbox-lua' }));
  const result = await channel.run({ source, object, timeoutMs }, timeoutMs + 5000);
  if (result.ok) return result.value;
  if (result.reason === 'deadline') return { logs: [], error: { kind: 'timeout', message: `The hook did not return within ${timeoutMs / 1000} s: it was stopped.` } };
  return { logs: [], error: { kind: 'internal', message: `Lua failed to start: ${result.message}` } };
}
