import type { QuickJSContext, QuickJSHandle, QuickJSWASMModule } from 'quickjs-emscripten-core';
import { shouldInterruptAfterDeadline } from 'quickjs-emscripten-core';
import { decodeRequestReturn, decodeResponseReturn } from '../../domain/plugin-test/go-decode';
import { goSession } from '../../domain/plugin-test/go-session';
import { miniRequestObject, miniResponseObject, requestBefore, specObject } from '../../domain/plugin-test/mini-request';
import type { HttpStub } from '../../domain/plugin-test/stubs';
import type { TykPluginTestAnswer, TykPluginTestRequest, TykTestLog } from '../../domain/plugin-test/tyk-shapes';
import type { HostValue } from './host-api';
import { hostApi } from './host-api';
import type { JsEngine } from './syntax-check';
import { syntaxError } from './syntax-check';
import { GOJA_STORAGE_JS, OTTO_ES5_BUILTINS_JS, TYK_CORE_JS } from './tyk-core';

export interface JsRunOptions {
  engine: JsEngine;
  /** tyk.conf `jsvm_timeout`, 5 s by default (gateway/mw_js_plugin.go defaultJSVMTimeout). */
  timeoutMs: number;
  stubs?: readonly HttpStub[];
  /** Sessions TykGetKeyData answers, by key. */
  keys?: Record<string, unknown>;
  /**
   * The middleware object's name in the definition: the gateway calls `<name>.DoProcessRequest`. Without it,
   * the last middleware that registered a handler runs, as in the gateway's test runner.
   */
  functionName?: string;
}

/**
 * Run a JSVM plugin on a sample request in QuickJS, answering with the gateway's test runner shapes
 * (gateway/mw_js_plugin_test_runner.go): a syntax error before anything runs, a runtime error from the
 * top-level code or the hook, "did not register" when no middleware was set up, a timeout after
 * `timeoutMs`, otherwise what the hook changed. The plugin sees only the JSVM's globals.
 */
export function runJsTest(quickjs: QuickJSWASMModule, input: TykPluginTestRequest, options: JsRunOptions): TykPluginTestAnswer {
  const logs: TykTestLog[] = [];
  const syntax = syntaxError(input.code, options.engine);
  if (syntax) return { logs, error: { message: syntax, type: 'syntax' }, execution_ms: 0 };

  const runtime = quickjs.newRuntime();
  runtime.setMemoryLimit(64 * 1024 * 1024);
  runtime.setMaxStackSize(1024 * 1024);
  const deadline = Date.now() + options.timeoutMs;
  runtime.setInterruptHandler(shouldInterruptAfterDeadline(deadline));
  const vm = runtime.newContext();
  const timeoutMessage = `JS middleware timed out after ${options.timeoutMs / 1000}s`;
  try {
    installHost(vm, hostApi({ logs, stubs: options.stubs ?? [], ...(options.keys ? { keys: options.keys } : {}) }));
    evalOrThrow(vm, TYK_CORE_JS + (options.engine === 'goja' ? GOJA_STORAGE_JS : OTTO_ES5_BUILTINS_JS), 'tyk-core.js');

    const started = Date.now();
    const top = run(vm, input.code, 'user-plugin');
    if (top.error) return { logs, error: top.error === TIMEOUT ? timeout(timeoutMessage) : { message: top.error, type: 'runtime' }, execution_ms: 0 };

    const target = options.functionName ? options.functionName : '__registered';
    const found = run(vm, `typeof ${target} === "object" && ${target} !== null`, 'lookup');
    if (found.value !== true) {
      const message = options.functionName
        ? `ReferenceError: ${options.functionName} is not defined (the definition names ${options.functionName}, and no middleware object of that name is defined)`
        : 'plugin did not register a request or response handler via NewProcessRequest/NewProcessResponse';
      return { logs, error: { message, type: 'runtime' }, execution_ms: 0 };
    }

    const fresh = input.hook_type === 'pre' || input.hook_type === 'auth_check';
    const session = JSON.stringify(fresh ? {} : goSession(input.session));
    const spec = JSON.stringify(specObject(input.org_id, input.api_id, input.config_data));
    if (input.hook_type === 'response') {
      const response = input.response ?? { StatusCode: 200, Body: '' };
      const request = JSON.stringify(miniRequestObject(input.request, { withBody: false }));
      const call = run(vm, `${target}.DoProcessResponse(${JSON.stringify(miniResponseObject(response))}, ${request}, ${session}, ${spec})`, 'hook');
      const answer: TykPluginTestAnswer = { logs, response_before: response, execution_ms: Date.now() - started };
      if (call.error) return { ...answer, error: call.error === TIMEOUT ? timeout(timeoutMessage) : { message: call.error, type: 'runtime' } };
      const decoded = decodeResponseReturn(String(call.value));
      if (!decoded.ok) return { ...answer, error: { message: `failed to parse response hook return: ${decoded.message}`, type: 'runtime' } };
      return { ...answer, response_after: decoded.value.response, ...(nonEmpty(decoded.value.sessionMeta) ? { session_after: decoded.value.sessionMeta } : {}) };
    }

    const request = JSON.stringify(miniRequestObject(input.request));
    const call = run(vm, `${target}.DoProcessRequest(${request}, ${session}, ${spec})`, 'hook');
    const answer: TykPluginTestAnswer = { logs, request_before: requestBefore(input.request), execution_ms: Date.now() - started };
    if (call.error) return { ...answer, error: call.error === TIMEOUT ? timeout(timeoutMessage) : { message: call.error, type: 'runtime' } };
    const decoded = decodeRequestReturn(String(call.value));
    if (!decoded.ok) return { ...answer, error: { message: `failed to parse request hook return: ${decoded.message}`, type: 'runtime' } };
    const after = { ...answer, request_after: decoded.value.request };
    if (input.hook_type === 'auth_check') return { ...after, session_after: decoded.value.session };
    if (input.hook_type !== 'pre' && nonEmpty(decoded.value.sessionMeta)) return { ...after, session_after: decoded.value.sessionMeta };
    return after;
  } finally {
    vm.dispose();
    runtime.dispose();
  }
}

const TIMEOUT = Symbol('timeout');

function timeout(message: string) {
  return { message, type: 'timeout' as const };
}

function nonEmpty(value: Record<string, string> | null): value is Record<string, string> {
  return value !== null && Object.keys(value).length > 0;
}

/** Evaluate; a thrown value becomes `error` (its "Name: message" and where), an interrupt TIMEOUT. */
function run(vm: QuickJSContext, code: string, file: string): { value?: unknown; error?: string | typeof TIMEOUT } {
  const result = vm.evalCode(code, file);
  if (result.error) {
    const thrown: unknown = vm.dump(result.error);
    result.error.dispose();
    return { error: describe(thrown) };
  }
  const value: unknown = vm.dump(result.value);
  result.value.dispose();
  return { value };
}

function describe(thrown: unknown): string | typeof TIMEOUT {
  if (thrown && typeof thrown === 'object') {
    const { name, message, stack } = thrown as { name?: string; message?: string; stack?: string };
    if (name === 'InternalError' && message === 'interrupted') return TIMEOUT;
    const where = stack?.split('\n').find((line) => line.includes('user-plugin'))?.trim();
    return `${name ?? 'Error'}: ${message ?? ''}${where ? ` ${where}` : ''}`;
  }
  return `Uncaught ${String(thrown)}`;
}

function evalOrThrow(vm: QuickJSContext, code: string, file: string): void {
  const result = run(vm, code, file);
  if (result.error) throw new Error(`The sandbox's own ${file} failed: ${String(result.error)}`);
}

function installHost(vm: QuickJSContext, functions: Record<string, (...args: string[]) => HostValue>): void {
  const host = vm.newObject();
  for (const [name, fn] of Object.entries(functions)) {
    const handle = vm.newFunction(name, (...args: QuickJSHandle[]) => toHandle(vm, fn(...args.map((arg) => vm.getString(arg)))));
    vm.setProp(host, name, handle);
    handle.dispose();
  }
  vm.setProp(vm.global, '__host', host);
  host.dispose();
}

function toHandle(vm: QuickJSContext, value: HostValue): QuickJSHandle {
  if (value === undefined) return vm.undefined;
  if (value === null) return vm.null;
  if (typeof value === 'boolean') return value ? vm.true : vm.false;
  if (typeof value === 'number') return vm.newNumber(value);
  return vm.newString(value);
}
