import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { newQuickJSWASMModuleFromVariant, newVariant } from 'quickjs-emscripten-core';
import releaseSync from '@jitl/quickjs-wasmfile-release-sync';

let loading: Promise<QuickJSWASMModule> | undefined;

/**
 * QuickJS compiled to WebAssembly, once per realm. `wasmUrl` is where the page serves the engine's .wasm file
 * (a Worker passes the bundler's URL for it); Node reads the file beside the package.
 */
export function loadQuickJs(wasmUrl?: string): Promise<QuickJSWASMModule> {
  loading ??= newQuickJSWASMModuleFromVariant(wasmUrl ? newVariant(releaseSync, { wasmLocation: wasmUrl }) : releaseSync);
  return loading;
}
