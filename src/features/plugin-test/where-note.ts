import type { CodeLanguage } from '../../domain/source';
import type { ConnectionMode } from '../../gateway/connection';

/** One sentence on where a plugin of this language runs, and what that cannot do. */
export function whereNote(language: CodeLanguage, engine: 'otto' | 'goja', mode: ConnectionMode, gateway: string): string {
  switch (language) {
    case 'javascript':
      return mode === 'proxy'
        ? `Runs on ${gateway} (POST /tyk/plugins/test, the goja engine) with the gateway’s live bindings: HTTP calls, key reads and writes are real. A gateway without that endpoint: in the browser instead.`
        : `Runs in the browser, isolated in QuickJS, as the gateway’s JSVM would run it (${engine === 'otto' ? 'otto: ES5 only' : 'goja: ES2015 and later'}, a 5 s timeout). No network: TykMakeHttpRequest answers from the stubs below.`;
    case 'python':
      return 'Runs in the browser in Pyodide (CPython in WebAssembly) with stand-ins for tyk.decorators, gateway.TykGateway and the co-process request, session and spec. Packages with native code cannot load, and the gateway’s storage is not reached: get_data and store_data keep values for the run only.';
    case 'lua':
      return 'Runs in the browser in fengari (Lua 5.3) with the gateway’s Lua dispatcher semantics. The gateway runs LuaJIT (Lua 5.1): 5.3-only syntax such as // or & fails there. Release gateways do not load Lua at all (built without -tags lua): every Lua hook answers 500.';
    default:
      return '';
  }
}
