/**
 * The heavy half of the editor: Monaco's ESM editor API, its editor contributions (find, folding, suggest,
 * hover...), only the languages plugin code is written in, and its workers bundled by Vite. Never import
 * this module statically: `loadMonaco()` imports it on demand so that the first screen carries none of it.
 * Monaco's core runs when this module does; the contributions, the languages and the app's additions run
 * after it in finishSetup(), each in a task of its own: run at once, they held the page up for a quarter of
 * a second on a busy machine.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
// Monaco 0.57's exports map resolves `monaco-editor/*` to `esm/vs/*` (STACK-NOTES: the old esm/ paths fail).
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import type { jsonDefaults as JsonDefaultsValue } from 'monaco-editor/languages/features/json/register';
import { followAppTheme } from './editor-theme';
import { registerPluginApi } from './plugin-api/register-plugin-api';
import { registerPluginRename } from './rename-provider';

// Workers come from this origin: the app must work with no network (no CDN).
self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};

type JsonDefaults = typeof JsonDefaultsValue;

/** Gives the page a turn between parts. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The rest of the editor, each part in a task of its own; loadMonaco() waits for it. The contributions must
 * be in before the first editor is made: it fixes the set of services (see monaco-features.ts).
 */
export async function finishSetup(): Promise<{ jsonDefaults: JsonDefaults }> {
  await nextTask();
  // The editor contributions this app uses: register.all's list less the unused ones (see monaco-features.ts).
  await import('./monaco-features');
  await nextTask();
  const { jsonDefaults } = await import('./monaco-languages');
  await nextTask();
  // The editors and the diff take the app's theme, and follow it when the header's toggle changes it.
  followAppTheme(monaco);
  await nextTask();
  // Plugin code: the plugin APIs' completion, hover and signature help, and F2 rename.
  registerPluginApi(monaco);
  registerPluginRename(monaco);
  return { jsonDefaults };
}

export { monaco };
