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
  loading ??= import('./monaco-setup').then(
    (mod) => ({ monaco: mod.monaco, jsonDefaults: mod.jsonDefaults }),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
