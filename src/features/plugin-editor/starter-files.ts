import type { PluginFiles } from '../../drafts/draft-types';

/** Python and Lua bundles keep every hook in one module; Go and JSVM functions get a file each. */
export const SHARED_FILES: ReadonlySet<string> = new Set(['middleware.py', 'middleware.lua']);

/** `fileName`, or `stem_2.ext`, `stem_3.ext`... : the first name no file has yet. */
export function uniquePath(files: PluginFiles, fileName: string): string {
  if (files[fileName] === undefined) return fileName;
  const dot = fileName.lastIndexOf('.');
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  const ext = dot > 0 ? fileName.slice(dot) : '';
  for (let n = 2; ; n++) {
    const candidate = `${stem}_${n}${ext}`;
    if (files[candidate] === undefined) return candidate;
  }
}

/** A starter's function added at the end of an existing file, two blank lines after what is there. */
export function appendSnippet(existing: string, snippet: string): string {
  return `${existing.replace(/\s*$/, '')}\n\n\n${snippet}`;
}
