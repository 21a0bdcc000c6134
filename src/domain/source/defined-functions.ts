import type { CodeLanguage } from './language';
import { maskSource } from './mask';
import { braceDepth, lineLocator, matchesOf } from './scan-util';

/** A function (or JSVM middleware object) a plugin file defines where the gateway can find it. */
export interface DefinedFunction {
  name: string;
  /** 1-based line of the name. */
  line: number;
  /** `middleware`: a JSVM `new TykJS.TykMiddleware.NewMiddleware(...)` object, the name JSVM hooks use. */
  kind: 'function' | 'middleware';
  /** Python only: the decorators above the `def` (`Hook` is the one the gateway looks for). */
  decorators?: string[];
}

const U = '\\p{L}\\p{N}_';
const GO_FUNC = new RegExp(
  `(?<![${U}.])func\\s+(?<name>[\\p{L}_][${U}]*)\\s*(?:\\[[^\\]]*\\]\\s*)?\\(`,
  'dgu',
);
const PY_DEF = new RegExp(`^(?:async[ \\t]+)?def[ \\t]+(?<name>[\\p{L}_][${U}]*)[ \\t]*\\(`, 'dgmu');
const JS_NAME = `[\\p{L}_$][${U}$]*`;
const JS_FUNCTION = new RegExp(`(?<![${U}$.])function\\s*\\*?\\s*(?<name>${JS_NAME})\\s*\\(`, 'dgu');
const JS_ASSIGNED = new RegExp(
  `(?<![${U}$.])(?:(?:var|let|const)\\s+)?(?<name>${JS_NAME})\\s*=\\s*(?:async\\s+)?(?:function\\b|\\([^()]*\\)\\s*=>|${JS_NAME}\\s*=>)`,
  'dgu',
);
const JS_MIDDLEWARE = new RegExp(
  `(?<![${U}$.])(?:(?:var|let|const)\\s+)?(?<name>${JS_NAME})\\s*=\\s*new\\s+TykJS\\s*\\.\\s*TykMiddleware\\s*\\.\\s*NewMiddleware\\b`,
  'dgu',
);
// Lua's dispatcher finds hooks in _G, so `local function` is left out: the gateway could not call it.
const LUA_FUNCTION = /(?<![\w.:])(?<!\blocal\s+)function\s+(?<name>[A-Za-z_]\w*)\s*\(/dg;
const LUA_ASSIGNED = /(?<![\w.:])(?<!\blocal\s+)(?<name>[A-Za-z_]\w*)\s*=\s*function\s*\(/dg;
const DECORATOR = /^@\s*(?<name>[\p{L}_][\p{L}\p{N}_.]*)/u;

/** Python decorators directly above the `def` on line index `defLine` (0-based), nearest last. */
function decoratorsAbove(lines: string[], defLine: number): string[] {
  const found: string[] = [];
  for (let l = defLine - 1; l >= 0; l--) {
    const text = lines[l] ?? '';
    if (text.trim() === '') continue;
    const name = DECORATOR.exec(text)?.groups?.name;
    if (name === undefined) break;
    found.unshift(name);
  }
  return found;
}

/**
 * The functions a plugin file defines at the level the gateway looks them up (Go and JavaScript: top
 * level; Python: module level; Lua: globals), found by a scan that skips comments and strings. Not a
 * parser: unusual forms (Python `name = lambda`, JS exports) are not reported.
 */
export function definedFunctions(language: CodeLanguage, source: string): DefinedFunction[] {
  if (language === 'none' || typeof source !== 'string') return [];
  const masked = maskSource(language, source);
  const lineOf = lineLocator(masked);
  const result: DefinedFunction[] = [];
  const seen = new Set<string>();
  const add = (
    name: string,
    at: number,
    kind: DefinedFunction['kind'],
    extra?: Partial<DefinedFunction>,
  ): void => {
    if (seen.has(name)) return;
    seen.add(name);
    result.push({ name, line: lineOf(at), kind, ...extra });
  };

  if (language === 'python') {
    const lines = masked.split('\n');
    for (const { name, at } of matchesOf(PY_DEF, masked)) {
      const line = lineOf(at);
      add(name, at, 'function', { decorators: decoratorsAbove(lines, line - 1) });
    }
  } else if (language === 'lua') {
    const found = [...matchesOf(LUA_FUNCTION, masked), ...matchesOf(LUA_ASSIGNED, masked)];
    for (const { name, at } of found.sort((a, b) => a.at - b.at)) add(name, at, 'function');
  } else {
    const depthAt = braceDepth(masked);
    const found =
      language === 'go'
        ? matchesOf(GO_FUNC, masked).map((m) => ({ ...m, kind: 'function' as const }))
        : [
            ...matchesOf(JS_MIDDLEWARE, masked).map((m) => ({ ...m, kind: 'middleware' as const })),
            ...matchesOf(JS_FUNCTION, masked).map((m) => ({ ...m, kind: 'function' as const })),
            ...matchesOf(JS_ASSIGNED, masked).map((m) => ({ ...m, kind: 'function' as const })),
          ];
    for (const { name, at, kind } of found.sort((a, b) => a.at - b.at)) {
      if (depthAt(at) === 0) add(name, at, kind);
    }
  }
  return result.sort((a, b) => a.line - b.line);
}
