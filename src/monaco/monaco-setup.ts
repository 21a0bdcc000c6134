/**
 * The heavy half of the editor: Monaco's ESM editor API, its editor contributions (find, folding, suggest,
 * hover...), only the languages plugin code is written in, and its workers bundled by Vite. Never import
 * this module statically: `loadMonaco()` imports it on demand so that the first screen carries none of it.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
// The editor contributions people expect (find, folding, completion, hover, markers, comments, multi-cursor,
// the diff editor); the full set (register.all) adds a third to the chunk for features plugin code does not use.
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/caretOperations/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/diffEditor/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/format/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/gotoLine/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/lineSelection/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/readOnlyMessage/register';
import 'monaco-editor/features/smartSelect/register';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/suggest/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/languages/definitions/go/register';
import 'monaco-editor/languages/definitions/python/register';
import 'monaco-editor/languages/definitions/javascript/register';
import 'monaco-editor/languages/definitions/lua/register';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
// Monaco 0.57's exports map resolves `monaco-editor/*` to `esm/vs/*` (STACK-NOTES: the old esm/ paths fail).
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';

// Workers come from this origin: the app must work with no network (no CDN).
self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};

export { monaco, jsonDefaults };
