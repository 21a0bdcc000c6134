import { definedFunctions, languageForDriver, languageForPath, renameFunction } from '../../domain/source';
import type { PluginFiles } from '../../drafts/draft-types';

export interface RenameInFilesResult {
  /** The files with the function renamed (the same object when nothing changed). */
  files: PluginFiles;
  /** Files that changed, with how many occurrences each. */
  changed: { path: string; count: number }[];
  /** Why a file was left alone (an invalid name for its language). */
  refused: { path: string; reason: string }[];
}

/**
 * Renames a function in the plugin files: its definition and every use, outside comments and strings, in
 * the files of the driver's language and in any file that defines it (Go and JSVM plugins can sit beside
 * any driver). Offer it when a function is renamed in the definition; save the result with
 * `session.changeFilesAndDoc(label, result.files, doc)` so both are one undo step.
 */
export function renameInFiles(files: PluginFiles, driver: string, from: string, to: string): RenameInFilesResult {
  const driverLanguage = languageForDriver(driver);
  const changed: RenameInFilesResult['changed'] = [];
  const refused: RenameInFilesResult['refused'] = [];
  let next: Record<string, string> | undefined;
  for (const path of Object.keys(files).sort()) {
    const language = languageForPath(path);
    const text = files[path];
    if (!language || text === undefined || !text.includes(from)) continue;
    if (language !== driverLanguage && !definedFunctions(language, text).some((d) => d.name === from)) continue;
    const result = renameFunction(language, text, from, to);
    if (result.reason) {
      refused.push({ path, reason: result.reason });
      continue;
    }
    if (result.changed === 0) continue;
    next ??= { ...files };
    next[path] = result.source;
    changed.push({ path, count: result.changed });
  }
  return { files: next ?? files, changed, refused };
}
