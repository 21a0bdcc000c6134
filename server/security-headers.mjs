// @ts-check
/**
 * The Content-Security-Policy of the built app, and the other headers every page answer carries. One list,
 * used by the production server (through helmet) and by `vite preview`, so the end-to-end tests run the app
 * under the very policy users get (a violation is a console error, which fails a test).
 */

/** @type {Record<string, string[]>} */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  // 'wasm-unsafe-eval' compiles WebAssembly (a Python runtime for plugin tests) without allowing eval().
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  // Monaco writes its theme and layout into <style> elements and style attributes at run time.
  'style-src': ["'self'", "'unsafe-inline'"],
  // Monaco's language workers and the embedded gateway's service worker are files of this origin; blob: is
  // for workers a library builds from a string.
  'worker-src': ["'self'", 'blob:'],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  // Every call goes to this origin: the gateway through the proxy, never directly.
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** The directives as one header value. @param {Record<string, string[]>} directives */
export function cspHeader(directives = CSP_DIRECTIVES) {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** For servers without helmet (`vite preview`): the same policy and the headers that matter most with it. */
export const BASIC_SECURITY_HEADERS = {
  'Content-Security-Policy': cspHeader(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
