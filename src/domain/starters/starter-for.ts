import type { Driver, HookKind } from '../pipeline/model';
import { sanitizeIdentifier } from '../source/identifier';
import { languageForDriver, type SourceLanguage } from '../source/language';
import { goStarter } from './go';
import { grpcStarter } from './grpc';
import { javascriptStarter } from './javascript';
import { luaStarter } from './lua';
import { pythonStarter } from './python';
import type { Starter, StarterHook } from './types';
import { hookFacts } from './hook-facts';

function isRequestHook(hook: StarterHook): hook is Exclude<HookKind, 'analytics'> {
  return hook === 'pre' || hook === 'auth' || hook === 'postAuth' || hook === 'post' || hook === 'response';
}

/** Which language a hook's function is written in: some hooks ignore the API's driver. */
function languageFor(driver: string, hook: StarterHook): SourceLanguage | 'none' {
  if (hook === 'analytics' || hook === 'endpointGoPlugin') return 'go';
  if (hook === 'virtual') return 'javascript';
  return languageForDriver(driver);
}

/**
 * A correct starting function for `driver` and `hook`, named `functionName` made valid for the language
 * (see `functionName` in the result: the definition must name that).
 */
export function starterFor(driver: Driver, hook: StarterHook, functionName: string): Starter {
  const language = languageFor(driver, hook);
  const requested = typeof functionName === 'string' ? functionName : '';
  if (language === 'none') {
    const name = requested.trim() || 'plugin';
    if (driver !== 'grpc' || !isRequestHook(hook)) {
      return {
        language: 'none',
        fileName: '',
        source: '',
        snippet: '',
        functionName: name,
        note: `"${String(driver)}" is not a plugin driver the gateway knows: choose goplugin, otto, javascript, python, lua or grpc first.`,
      };
    }
    const grpc = grpcStarter(hook, name);
    return { ...grpc, functionName: name, note: `${grpc.note ?? ''} ${hookFacts(driver, hook)}`.trim() };
  }

  const name = sanitizeIdentifier(language, requested);
  const made =
    language === 'go'
      ? goStarter(hook, name)
      : language === 'javascript'
        ? javascriptStarter(hook, name)
        : language === 'python'
          ? pythonStarter(hook, name)
          : luaStarter(hook, name);
  const renamed =
    name === requested
      ? ''
      : language === 'go' && name.toLowerCase() === requested.toLowerCase()
        ? `Go plugin functions must be exported (a capital first letter) for the gateway to find them, so "${requested}" is written as "${name}". `
        : `"${requested}" is not a valid ${language} function name, so it is written as "${name}". `;
  const note = `${renamed}${made.note ?? ''} ${hookFacts(driver, hook)}`.trim();
  return { ...made, functionName: name, ...(note ? { note } : {}) };
}
