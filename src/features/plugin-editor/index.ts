import { lazy } from 'react';

/** The Code tab's view; it and Monaco load when it first renders. */
export const PluginCodeView = lazy(() => import('./PluginCodeView'));
/** Rename a function in the plugin files (offer it when the pipeline renames one). */
export { renameInFiles, type RenameInFilesResult } from './rename-in-files';
/** `/apis/:id/code?file=&fn=`: what "Edit code" on a function links to. */
export { codeLink } from './code-link';
