import type { Sample, TestableHook, TestOutcome } from '../../domain/plugin-test';
import { TYK_HOOK_TYPE, outcomeFromTykAnswer, tykTestRequest } from '../../domain/plugin-test';
import type { HttpStub } from '../../domain/plugin-test';
import { coprocessObject } from '../../domain/plugin-test/coprocess';
import { outcomeFromCoprocess } from '../../domain/plugin-test/coprocess-outcome';
import { getConnection } from '../../gateway/current-gateway';
import { GatewayError } from '../../gateway/errors';
import { testPluginOnGateway } from '../../gateway/plugin-test';

/** The plugin under test: its file, the function the definition names, and where it sits. */
export interface TestTarget {
  language: 'javascript' | 'python' | 'lua';
  /** JSVM engine: otto (ES5) or goja (driver `javascript`, virtual endpoints aside). */
  engine: 'otto' | 'goja';
  code: string;
  functionName: string;
  hook: TestableHook;
  orgId: string;
  apiId: string;
}

export interface RunResult {
  outcome: TestOutcome;
  /** Where it ran, in words: "on the gateway (goja)", "in the browser (QuickJS, as otto)". */
  where: string;
  note?: string;
}

/** tyk.conf `jsvm_timeout` by default; Python and Lua have no timeout on the gateway, the browser stops them as well. */
export const TEST_TIMEOUT_MS = 5000;

// A gateway that answered 404 once has no test runner: later runs go straight to the browser.
const gatewaysWithoutRunner = new Set<string>();

async function runJavaScript(target: TestTarget, sample: Sample): Promise<RunResult> {
  const body = tykTestRequest({ code: target.code, hook: TYK_HOOK_TYPE[target.hook], orgId: target.orgId, apiId: target.apiId, sample });
  const connection = getConnection();
  let note: string | undefined;
  if (connection.mode === 'proxy' && !gatewaysWithoutRunner.has(connection.label)) {
    // The gateway's runner compiles with goja: refuse ES2015 for otto here first, as otto would.
    const { syntaxError } = await import('../../plugin-runtimes/js/syntax-check');
    const ottoRefusal = target.engine === 'otto' ? syntaxError(target.code, 'otto') : undefined;
    if (ottoRefusal) return { outcome: { ...outcomeFromTykAnswer({ logs: [], execution_ms: 0 }, body.hook_type), error: { kind: 'syntax', message: ottoRefusal } }, where: 'in the browser (the otto syntax check)' };
    try {
      const answer = await testPluginOnGateway(body, { timeoutMs: TEST_TIMEOUT_MS + 10_000 });
      return {
        outcome: outcomeFromTykAnswer(answer, body.hook_type),
        where: `on ${connection.label} (goja)`,
        note: 'This ran on the gateway with its live bindings: TykMakeHttpRequest made real calls, and key reads and writes were real.',
      };
    } catch (error) {
      if (!(error instanceof GatewayError && error.kind === 'not-found')) throw error;
      gatewaysWithoutRunner.add(connection.label);
      note = `${error.message} ${error.advice}`;
    }
  }
  const { runJsPluginTest } = await import('../../plugin-runtimes/js/js-sandbox');
  const answer = await runJsPluginTest(body, {
    engine: target.engine,
    timeoutMs: TEST_TIMEOUT_MS,
    stubs: sample.stubs as HttpStub[],
    functionName: target.functionName,
  });
  return {
    outcome: outcomeFromTykAnswer(answer, body.hook_type),
    where: `in the browser (QuickJS, ${target.engine === 'otto' ? 'as otto: ES5 only' : 'as goja: ES2015+'})`,
    ...(note ? { note } : {}),
  };
}

async function runPython(target: TestTarget, sample: Sample): Promise<RunResult> {
  const object = coprocessObject({ sample, hook: target.hook, functionName: target.functionName, orgId: target.orgId, apiId: target.apiId });
  const { runPythonPluginTest } = await import('../../plugin-runtimes/python/python-sandbox');
  const started = performance.now();
  const answer = await runPythonPluginTest(target.code, object, TEST_TIMEOUT_MS);
  return { outcome: outcomeFromCoprocess(answer, object, target.hook, Math.round(performance.now() - started)), where: 'in the browser (Pyodide)' };
}

async function runLua(target: TestTarget, sample: Sample): Promise<RunResult> {
  const object = coprocessObject({ sample, hook: target.hook, functionName: target.functionName, orgId: target.orgId, apiId: target.apiId });
  const { runLuaPluginTest } = await import('../../plugin-runtimes/lua/lua-sandbox');
  const started = performance.now();
  const answer = await runLuaPluginTest(target.code, object, TEST_TIMEOUT_MS);
  const outcome = outcomeFromCoprocess(answer, object, target.hook, Math.round(performance.now() - started));
  // coprocess/lua/bundle.lua ignores the hook type: a response hook runs on the request, the response goes back as it came.
  if (target.hook === 'response') outcome.logs.push({ level: 'warning', message: 'The Lua dispatcher ignores the hook type: this response hook ran with the request, and the response goes back untouched.' });
  if (target.hook === 'auth') outcome.logs.push({ level: 'warning', message: 'The Lua dispatcher passes no metadata to custom auth hooks: the id extractor cannot cache the key.' });
  return { outcome, where: 'in the browser (fengari, Lua 5.3)' };
}

/** Start the language's runtime ahead of the first run (its code loads now, not with the page). */
export function warmRuntime(language: string): void {
  if (language === 'javascript') void import('../../plugin-runtimes/js/js-sandbox').then((mod) => mod.warmJsSandbox());
  if (language === 'python') void import('../../plugin-runtimes/python/python-sandbox').then((mod) => mod.warmPythonSandbox());
}

/** Run one hook on a sample, where its language can run; the runtimes load with the first run. */
export async function runPluginTest(target: TestTarget, sample: Sample): Promise<RunResult> {
  switch (target.language) {
    case 'javascript':
      return runJavaScript(target, sample);
    case 'python':
      return runPython(target, sample);
    case 'lua':
      return runLua(target, sample);
    default:
      throw new Error(`${target.language} plugins cannot run here yet.`);
  }
}
