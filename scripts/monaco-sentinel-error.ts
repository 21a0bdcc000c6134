import type { Plugin } from 'vite';

const CONTEXT_KEY_MODULE = /monaco-editor\/esm\/vs\/platform\/contextkey\/common\/contextkey\.js$/;
const SENTINEL = 'static { this._parseError = new Error(); }';

/**
 * Monaco's context-key parser makes an Error when its class is defined, as a sentinel it throws and compares
 * by identity. Chromium records where every Error is made, so this one, made while Monaco's largest chunk
 * runs, has V8 parse that whole 2.3 MB chunk again for its line numbers: a task of 200 ms on a page holding a
 * large definition. An object with Error's prototype is the same sentinel (thrown, `instanceof Error`, compared
 * by identity) without a stack to record.
 */
export function monacoSentinelError(): Plugin {
  return {
    name: 'plugin-studio:monaco-sentinel-error',
    enforce: 'pre',
    transform(code, id) {
      if (!CONTEXT_KEY_MODULE.test(id.split('?')[0] ?? '')) return null;
      if (!code.includes(SENTINEL)) {
        this.warn(`Monaco's context-key parser no longer defines its sentinel as expected: ${SENTINEL}`);
        return null;
      }
      return { code: code.replace(SENTINEL, 'static { this._parseError = Object.create(Error.prototype); }'), map: null };
    },
  };
}
