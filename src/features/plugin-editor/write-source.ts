import type { Driver } from '../../domain/pipeline/model';
import { starterFor } from '../../domain/starters';
import type { PluginFiles } from '../../drafts/draft-types';
import { namedSourcePath, type NamedFunction } from './named-functions';
import { appendSnippet, SHARED_FILES, uniquePath } from './starter-files';

export type WriteSourceResult = { ok: true; files: PluginFiles; file: string } | { ok: false; reason: string };

/**
 * "Write its source": a function the definition already names (a compiled Go plugin's, say) but no file here
 * defines gets the starter for its hook, under its own name. Only files change; the definition stays as it is.
 * The file is the one its `path` names when that is a source file; else Python and Lua add to the bundle's one
 * module, and Go gets a file of its own (each with its package clause and imports, as Go requires).
 */
export function writeSourceFor(named: NamedFunction, driver: string, files: PluginFiles): WriteSourceResult {
  const name = named.fn.name;
  if (named.language === 'none') return { ok: false, reason: `${name} is served by your gRPC server: it has no file here.` };
  if (name.trim() === '') return { ok: false, reason: 'The definition gives this function no name: name it in the pipeline first.' };
  const starter = starterFor(driver as Driver, named.place, name);
  if (starter.language === 'none') return { ok: false, reason: starter.note ?? 'Choose the API’s plugin driver first.' };
  if (starter.functionName !== name) {
    return {
      ok: false,
      reason: `“${name}” is not a valid ${starter.language} function name: rename it in the pipeline first (for example to ${starter.functionName}).`,
    };
  }
  const own = namedSourcePath(named);
  const file = own ?? (SHARED_FILES.has(starter.fileName) ? starter.fileName : uniquePath(files, starter.fileName));
  const existing = files[file];
  const canAppend = existing !== undefined && starter.language !== 'go';
  if (existing !== undefined && !canAppend) {
    return { ok: false, reason: `${file} already exists: add ${name} to it by hand, or rename the file.` };
  }
  return { ok: true, file, files: { ...files, [file]: canAppend ? appendSnippet(existing, starter.snippet) : starter.source } };
}
