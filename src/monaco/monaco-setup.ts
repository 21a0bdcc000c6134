/**
 * The heavy half of the editor: Monaco's ESM editor API, its editor contributions (find, folding, suggest,
 * hover...), only the languages plugin code is written in, and its workers bundled by Vite. Never import
 * this module statically: `loadMonaco()` imports it on demand so that the first screen carries none of it.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
// The editor contributions this app uses: register.all's list less the unused ones (see monaco-features.ts).
import './monaco-features';
import 'monaco-editor/languages/definitions/go/register';
import 'monaco-editor/languages/definitions/python/register';
import 'monaco-editor/languages/definitions/javascript/register';
import 'monaco-editor/languages/definitions/lua/register';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
// Monaco 0.57's exports map resolves `monaco-editor/*` to `esm/vs/*` (STACK-NOTES: the old esm/ paths fail).
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import { followAppTheme } from './editor-theme';
import { registerPluginApi } from './plugin-api/register-plugin-api';
import { registerPluginRename } from './rename-provider';

// Workers come from this origin: the app must work with no network (no CDN).
self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};

// The editors and the diff take the app's theme, and follow it when the header's toggle changes it.
followAppTheme(monaco);
// Plugin code: the plugin APIs' completion, hover and signature help, and F2 rename.
registerPluginApi(monaco);
registerPluginRename(monaco);

export { monaco, jsonDefaults };
