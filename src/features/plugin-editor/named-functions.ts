import { formatJsonPath } from '../../domain/json';
import type { HookKind, PluginFunction, PluginModel } from '../../domain/pipeline/model';
import { definedFunctions, languageForDriver, languageForPath, type CodeLanguage } from '../../domain/source';

export type FunctionPlace = HookKind | 'endpointGoPlugin' | 'virtual';

/** A function the definition names, with the language its source is written in. */
export interface NamedFunction {
  fn: PluginFunction;
  place: FunctionPlace;
  /** "Pre hook", "virtual endpoint GET /quote". */
  label: string;
  language: CodeLanguage;
  /** `formatJsonPath(fn.source)`: the entry's identity in the definition. */
  id: string;
}

export const PLACE_LABEL: Record<FunctionPlace, string> = {
  pre: 'Pre hook',
  auth: 'Custom auth',
  postAuth: 'Post-auth hook',
  post: 'Post hook',
  response: 'Response hook',
  analytics: 'Analytics plugin',
  endpointGoPlugin: 'Endpoint Go plugin',
  virtual: 'Virtual endpoint',
};

/** The language of a function: the analytics plugin, per-endpoint plugins and `.so` paths are Go whatever the driver. */
export function languageOf(driver: string, place: FunctionPlace, path: string): CodeLanguage {
  if (place === 'analytics' || place === 'endpointGoPlugin' || path.endsWith('.so')) return 'go';
  if (place === 'virtual') return 'javascript';
  return languageForDriver(driver);
}

/** Every function the definition names (hooks in lifecycle order, then per-endpoint ones). */
export function namedFunctions(model: PluginModel): NamedFunction[] {
  const out: NamedFunction[] = [];
  for (const binding of Object.values(model.hooks)) {
    for (const fn of binding.functions) {
      out.push({
        fn,
        place: binding.hook,
        label: PLACE_LABEL[binding.hook],
        language: languageOf(model.driver, binding.hook, fn.path),
        id: formatJsonPath(fn.source),
      });
    }
  }
  for (const ep of model.endpointPlugins) {
    const place: FunctionPlace = ep.kind === 'virtual' ? 'virtual' : 'endpointGoPlugin';
    out.push({
      fn: ep.fn,
      place,
      label: `${PLACE_LABEL[place]} ${ep.method} ${ep.path}`,
      language: languageOf(model.driver, place, ep.fn.path),
      id: formatJsonPath(ep.fn.source),
    });
  }
  return out;
}

/** A source file the definition names by `path` (a `.js`, `.py`, `.lua` or `.go`; not a compiled `.so`). */
export function namedSourcePath(named: NamedFunction): string | undefined {
  const { path } = named.fn;
  return path !== '' && languageForPath(path) !== undefined ? path : undefined;
}

/** Where a function is defined among the files: its own path first, then any file of its language. */
export function locateFunction(
  files: Readonly<Record<string, string>>,
  name: string,
  language: CodeLanguage,
  preferred?: string,
): { path: string; line: number } | undefined {
  if (name === '' || language === 'none') return undefined;
  const paths = Object.keys(files)
    .filter((p) => languageForPath(p) === language)
    .sort((a, b) => (a === preferred ? -1 : b === preferred ? 1 : a.localeCompare(b)));
  for (const path of paths) {
    const found = definedFunctions(language, files[path] ?? '').find((d) => d.name === name);
    if (found) return { path, line: found.line };
  }
  return undefined;
}

/** Where a function is defined in any file, whatever its language (for `?fn=` links without a file). */
export function findFunctionAnywhere(
  files: Readonly<Record<string, string>>,
  name: string,
): { path: string; line: number } | undefined {
  for (const path of Object.keys(files).sort()) {
    const language = languageForPath(path);
    if (!language) continue;
    const found = definedFunctions(language, files[path] ?? '').find((d) => d.name === name);
    if (found) return { path, line: found.line };
  }
  return undefined;
}
