import type { Finding } from '../pipeline/model';
import { hookArity } from './python-arity';
import { enabledFunctions, finding, valueAt, type Rule } from './types';

/** Inline `code` on hook entries is loaded only by the `javascript` (goja) driver; `otto` ignores it. */
export const inlineCodeOttoRule: Rule = {
  codes: ['inline-code-otto'],
  check: ({ doc, model }) => {
    if (model.driver !== 'otto') return [];
    const out: Finding[] = [];
    for (const { fn } of enabledFunctions(model)) {
      const code = valueAt(doc, [...fn.source, 'code']);
      if (typeof code !== 'string' || code.trim() === '') continue;
      out.push(
        finding(
          'warning',
          'inline-code-otto',
          `"${fn.name}" carries inline code, but the otto driver loads only files: the code is ignored and the gateway looks for "${fn.path || '(no path)'}" instead.`,
          [...fn.source, 'code'],
          'Switch the driver to javascript (goja), or move the code to a file and set its path.',
        ),
      );
    }
    return out;
  },
};

/** Python response hooks must take five arguments (request, response, session, metadata, spec). */
export const pythonResponseArityRule: Rule = {
  codes: ['python-response-arity'],
  check: ({ model, pluginFiles }) => {
    if (model.driver !== 'python' || !pluginFiles) return [];
    const out: Finding[] = [];
    const sources = Object.entries(pluginFiles).filter(([name]) => name.endsWith('.py'));
    for (const fn of model.hooks.response.functions) {
      if (!fn.enabled || fn.name === '') continue;
      for (const [file, source] of sources) {
        const arity = hookArity(source, fn.name);
        if (arity === undefined || arity === 5) continue;
        out.push(
          finding(
            'error',
            'python-response-arity',
            `The Python response hook "${fn.name}" in ${file} takes ${arity} argument${arity === 1 ? '' : 's'}: the gateway tells hooks apart by argument count and calls a response hook with five (request, response, session, metadata, spec), so it is not run as a response hook.`,
            fn.source,
            'Declare it as def name(request, response, session, metadata, spec).',
          ),
        );
        break;
      }
    }
    return out;
  },
};
