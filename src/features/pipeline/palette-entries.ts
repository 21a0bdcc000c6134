import type { FunctionInput } from '../../domain/pipeline/edit-types';
import type { PluginModel } from '../../domain/pipeline/model';
import { definedFunctions, languageForPath } from '../../domain/source';

export interface PaletteEntry {
  fn: FunctionInput;
  /** Where the palette knows it from, shown beside it. */
  from: string;
}

/** A Go source file is compiled to a `.so`: that is the path the definition names. */
function pathForFile(file: string, driver: string): string {
  if (/\.go$/i.test(file)) return file.replace(/\.go$/i, '.so');
  // Python and gRPC functions are found by name in the bundle or on the server, not by a file path.
  if (driver === 'python' || driver === 'grpc') return '';
  return file;
}

/**
 * The functions known for this API: those its hooks and endpoints name, then those its plugin files define
 * (draft.files), each once by name and path, plus any the user created in this session.
 */
export function paletteEntries(model: PluginModel, files: Readonly<Record<string, string>>, created: readonly FunctionInput[] = []): PaletteEntry[] {
  const out: PaletteEntry[] = [];
  const seen = new Set<string>();
  const add = (fn: FunctionInput, from: string) => {
    const key = `${fn.name}\u0000${fn.path ?? ''}`;
    if (fn.name.trim() === '' || seen.has(key)) return;
    seen.add(key);
    out.push({ fn, from });
  };
  for (const fn of created) add(fn, 'new');
  for (const binding of Object.values(model.hooks)) {
    for (const fn of binding.functions) add({ name: fn.name, path: fn.path }, 'in a hook');
  }
  for (const plugin of model.endpointPlugins) add({ name: plugin.fn.name, path: plugin.fn.path }, 'on an endpoint');
  for (const [file, text] of Object.entries(files)) {
    const language = languageForPath(file);
    if (!language) continue;
    for (const defined of definedFunctions(language, text)) add({ name: defined.name, path: pathForFile(file, model.driver) }, file);
  }
  return out;
}
