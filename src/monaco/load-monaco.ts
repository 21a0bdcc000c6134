import type { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import type { Monaco } from './types';

export interface LoadedMonaco {
  monaco: Monaco;
  /** The JSON language's settings (schemas, validation). */
  jsonDefaults: typeof jsonDefaults;
}

let loading: Promise<LoadedMonaco> | undefined;

/**
 * Loads Monaco once, on demand (a dynamic import: Vite puts it and its workers in chunks of their own).
 * A failed load is forgotten so that a retry can try again.
 */
export function loadMonaco(): Promise<LoadedMonaco> {
  // Also asks for what Monaco loads once an editor opens (a language's service), so it is not fetched after.
  prefetchMonaco();
  loading ??= import('./monaco-setup').then(
    async (mod) => {
      const { jsonDefaults } = await mod.finishSetup();
      return { monaco: mod.monaco, jsonDefaults };
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * Monaco's built files (`/assets/…`), written in at build time by scripts/monaco-prefetch.ts; the bare
 * placeholder string in development, where there is nothing to prefetch.
 */
const MONACO_FILES: unknown = '__PLUGIN_STUDIO_MONACO_FILES__';

let prefetched = false;

/**
 * Fetches and compiles Monaco's files in the background without running them (`modulepreload`), so that
 * the first editor opens sooner. Cheap for the page: the work is the network's and a compiler thread's.
 */
export function prefetchMonaco(): void {
  if (prefetched || !Array.isArray(MONACO_FILES) || typeof document === 'undefined') return;
  prefetched = true;
  for (const file of MONACO_FILES) {
    if (typeof file !== 'string') continue;
    const link = document.createElement('link');
    if (file.endsWith('.css')) {
      link.rel = 'preload';
      link.as = 'style';
    } else link.rel = 'modulepreload';
    // As Vite's own preloads: without the same credentials mode, the browser fetches the file again.
    link.crossOrigin = '';
    link.href = file;
    document.head.append(link);
  }
}
