import type { Plugin } from 'vite';

const WORKERS_MODULE = /monaco-editor\/esm\/vs\/internal\/common\/workers\.js$/;
const SIDE_EFFECT_IMPORT = /^import '[^']+';\r?$/gm;

/**
 * Monaco's worker helper (`internal/common/workers.js`, which the JSON language loads) imports every editor
 * contribution for its side effects, the ones src/monaco/monaco-features.ts leaves out on purpose among them
 * (inline completions alone is a fifth of Monaco). The app registers the contributions it uses itself, so
 * those side-effect imports are dropped here; the module's own code (createWebWorker) is untouched.
 */
export function monacoWorkerImports(): Plugin {
  return {
    name: 'plugin-studio:monaco-worker-imports',
    enforce: 'pre',
    transform(code, id) {
      if (!WORKERS_MODULE.test(id.split('?')[0] ?? '')) return null;
      return { code: code.replace(SIDE_EFFECT_IMPORT, ''), map: null };
    },
  };
}
