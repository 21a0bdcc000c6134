import { definedFunctions, languageForPath } from '../../domain/source';
import type { PluginFiles } from '../../drafts/draft-types';
import { renameInFiles, type RenameInFilesResult } from '../plugin-editor';

/** What renaming a function in the plugin files would do, offered when the side panel renames it. */
export interface RenamePlan extends RenameInFilesResult {
  from: string;
  to: string;
  /** The files that define the old name (why the rename is offered). */
  definedIn: string[];
}

/** The files that define `name` as a function, by their language. */
export function filesDefining(files: PluginFiles, name: string): string[] {
  return Object.keys(files)
    .sort()
    .filter((path) => {
      const language = languageForPath(path);
      const text = files[path];
      return language !== undefined && text !== undefined && text.includes(name) && definedFunctions(language, text).some((d) => d.name === name);
    });
}

/** The rename to offer, or undefined when the name does not change or no file defines the old one. */
export function planRename(files: PluginFiles, driver: string, from: string, to: string): RenamePlan | undefined {
  if (!from || !to || from === to) return undefined;
  const definedIn = filesDefining(files, from);
  if (definedIn.length === 0) return undefined;
  return { ...renameInFiles(files, driver, from, to), from, to, definedIn };
}
