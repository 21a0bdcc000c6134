import { parse } from 'acorn';

export type JsEngine = 'otto' | 'goja';

/**
 * Refuse what the engine refuses to compile, before anything runs. otto implements ECMAScript 5 only, so
 * `let`, arrow functions or template literals are syntax errors on the gateway (driver `otto`); goja
 * (driver `javascript`) takes ES2015 and later. The message names the line and column as goja's does.
 */
export function syntaxError(code: string, engine: JsEngine): string | undefined {
  try {
    parse(code, { ecmaVersion: engine === 'otto' ? 5 : 'latest', sourceType: 'script', allowReturnOutsideFunction: false });
    return undefined;
  } catch (error) {
    const { message, loc } = error as { message: string; loc?: { line: number; column: number } };
    const text = message.replace(/\s*\(\d+:\d+\)$/, '');
    const where = loc ? `Line ${loc.line}:${loc.column + 1} ` : '';
    const hint = engine === 'otto' ? ' (otto runs ECMAScript 5 only: no let, const, arrow functions, classes or template literals)' : '';
    return `SyntaxError: user-plugin: ${where}${text}${hint}`;
  }
}
