import { preloadable } from '../../components/preloadable';
import { loadMonaco } from '../../monaco/load-monaco';

/** The Code tab's view; it and Monaco load (side by side) when it first renders or is preloaded. */
const view = preloadable(() => {
  // A failure here is shown by the editor itself, which tries again.
  loadMonaco().catch(() => undefined);
  return import('./PluginCodeView');
});

export const PluginCodeView = view.Component;
export const preloadPluginCodeView = view.preload;

/** Rename a function in the plugin files (offer it when the pipeline renames one). */
export { renameInFiles, type RenameInFilesResult } from './rename-in-files';
/** `/apis/:id/code?file=&fn=`: what "Edit code" on a function links to. */
export { codeLink } from './code-link';
