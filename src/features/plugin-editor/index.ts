import { preloadable } from '../../components/preloadable';

/**
 * The Code tab's view. Its route starts Monaco beside this code (src/features/workspace/editor-tabs.ts), and
 * the view asks for Monaco itself when it renders.
 */
const view = preloadable(() => import('./PluginCodeView'));

export const PluginCodeView = view.Component;
export const preloadPluginCodeView = view.preload;

/** Rename a function in the plugin files (offer it when the pipeline renames one). */
export { renameInFiles, type RenameInFilesResult } from './rename-in-files';
/** `/apis/:id/code?file=&fn=`: what "Edit code" on a function links to. */
export { codeLink } from './code-link';
/** Download the draft as the bundle the definition loads, with a warning for functions no file defines. */
export { downloadDraftBundle } from './download-bundle';
