import type { JsonPath } from '../json';
import type { Finding, PluginFunction, PluginModel } from '../pipeline/model';
import { definedFunctions, type DefinedFunction } from './defined-functions';
import { languageForDriver, languageForPath, type SourceLanguage } from './language';

/** A finding about plugin source, with the file (and line) an editor marker belongs on. */
export type SourceFinding = Finding & { file?: string; line?: number };

/** What kind of definition the gateway looks the name up as. */
type Expect = 'function' | 'middleware' | 'hook';

interface Named {
  fn: PluginFunction;
  language: SourceLanguage;
  expect: Expect;
  label: string;
}

/** The functions the definition names, each with the language and form its file must give it. */
function namedFunctions(model: PluginModel): Named[] {
  const out: Named[] = [];
  const driverLanguage = languageForDriver(model.driver);
  for (const binding of Object.values(model.hooks)) {
    for (const fn of binding.functions) {
      // The analytics plugin is Go whatever the driver; so is a response entry whose path ends in .so.
      const language = binding.hook === 'analytics' || fn.path.endsWith('.so') ? 'go' : driverLanguage;
      if (language === 'none') continue;
      const expect: Expect =
        language === 'javascript' ? 'middleware' : language === 'python' ? 'hook' : 'function';
      out.push({ fn, language, expect, label: `${binding.hook} hook` });
    }
  }
  for (const ep of model.endpointPlugins) {
    const label = `${ep.kind === 'virtual' ? 'virtual endpoint' : 'endpoint plugin'} ${ep.method} ${ep.path}`;
    out.push({ fn: ep.fn, language: ep.kind === 'virtual' ? 'javascript' : 'go', expect: 'function', label });
  }
  return out.filter(({ fn }) => fn.enabled && fn.name !== '');
}

/** The files a function can be in: its own `path` when the app holds it, else every file of its language. */
function candidates(language: SourceLanguage, fn: PluginFunction, files: Record<string, string>): string[] {
  const own = Object.prototype.hasOwnProperty.call(files, fn.path) && languageForPath(fn.path) === language;
  if (own) return [fn.path];
  const all = Object.keys(files).filter(
    (p) => languageForPath(p) === language && typeof files[p] === 'string',
  );
  // Python bundles load middleware.py (or their only file).
  const middleware = all.filter((p) => p === 'middleware.py' || p.endsWith('/middleware.py'));
  return language === 'python' && middleware.length > 0 ? middleware : all;
}

function problem(named: Named, found: DefinedFunction): string | undefined {
  const { fn, expect } = named;
  if (expect === 'middleware' && found.kind !== 'middleware') {
    return `"${fn.name}" is a plain function, but JSVM hooks call ${fn.name}.DoProcessRequest: it must be a middleware object (var ${fn.name} = new TykJS.TykMiddleware.NewMiddleware({})).`;
  }
  if (named.language === 'javascript' && expect === 'function' && found.kind === 'middleware') {
    return `"${fn.name}" is a JSVM middleware object, but a virtual endpoint calls a plain function ${fn.name}(request, session, config).`;
  }
  if (expect === 'hook' && !(found.decorators ?? []).some((d) => d === 'Hook' || d.endsWith('.Hook'))) {
    return `"${fn.name}" is not decorated with @Hook: the Python dispatcher registers only decorated functions, so the gateway cannot find it.`;
  }
  return undefined;
}

/**
 * Checks the functions the definition names against the plugin files the app holds (path to text): a name
 * no file defines, a JSVM hook that is not a middleware object, a Python hook without `@Hook`. Functions
 * whose language has no file here (a compiled .so only, gRPC) are not checked.
 */
export function sourceFindings(model: PluginModel, files: Record<string, string>): SourceFinding[] {
  const out: SourceFinding[] = [];
  for (const named of namedFunctions(model)) {
    const paths = candidates(named.language, named.fn, files);
    if (paths.length === 0) continue;
    const at: JsonPath = named.fn.source;
    let hit: { file: string; found: DefinedFunction } | undefined;
    for (const file of paths) {
      const found = definedFunctions(named.language, files[file] ?? '').find((f) => f.name === named.fn.name);
      if (found) {
        hit = { file, found };
        break;
      }
    }
    if (!hit) {
      const where = paths.length === 1 ? paths[0] : `any ${named.language} file (${paths.join(', ')})`;
      out.push({
        severity: 'warning',
        code: 'function-not-in-source',
        message: `The ${named.label} names "${named.fn.name}", which ${where} does not define: the gateway would not find it.`,
        fix: 'Create it from a starter, or rename the entry to a function the file defines.',
        path: at,
        ...(paths.length === 1 && paths[0] ? { file: paths[0] } : {}),
      });
      continue;
    }
    const message = problem(named, hit.found);
    if (message)
      out.push({
        severity: 'error',
        code: 'function-wrong-form',
        message,
        path: at,
        file: hit.file,
        line: hit.found.line,
      });
  }
  return out;
}
