import { definedFunctions, languageForPath } from '../../domain/source';
import type { PluginFiles } from '../../drafts/draft-types';
import type { FileEntry } from './file-entries';
import { findFunctionAnywhere } from './named-functions';

/** The file to show and the line to reveal, from `?file=&fn=` (either may be absent or stale). */
export function codeTarget(
  files: PluginFiles,
  entries: readonly FileEntry[],
  file: string | undefined,
  fn: string | undefined,
): { file: string | undefined; line: number | undefined } {
  const known = file !== undefined && entries.some((e) => e.path === file) ? file : undefined;
  if (fn) {
    if (known !== undefined) {
      const language = languageForPath(known);
      const found = language ? definedFunctions(language, files[known] ?? '').find((d) => d.name === fn) : undefined;
      if (found) return { file: known, line: found.line };
    }
    const anywhere = findFunctionAnywhere(files, fn);
    if (anywhere && known === undefined) return { file: anywhere.path, line: anywhere.line };
    if (anywhere && files[known ?? ''] === undefined) return { file: anywhere.path, line: anywhere.line };
  }
  const first = entries.find((e) => !e.missing) ?? entries[0];
  return { file: known ?? first?.path, line: undefined };
}
