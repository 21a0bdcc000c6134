/**
 * The parameters of `@Hook`-decorated Python functions. The gateway's Python dispatcher tells hook kinds apart
 * by argument count (3: request, session, spec; 4: with metadata, for auth; 5: request, response, session,
 * metadata, spec, for response), so a response hook with another count is called wrongly.
 */
export function hookArity(source: string, name: string): number | undefined {
  const lines = source.split(/\r?\n/);
  const def = new RegExp(`^\\s*(?:async\\s+)?def\\s+${escape(name)}\\s*\\(`);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!def.test(line)) continue;
    if (!hasHookDecorator(lines, i)) continue;
    const params = parameterText(lines, i, line.indexOf('(', line.search(/def\s/)));
    return params === undefined ? undefined : countParams(params);
  }
  return undefined;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function hasHookDecorator(lines: string[], defLine: number): boolean {
  for (let l = defLine - 1; l >= 0; l--) {
    const text = (lines[l] ?? '').trim();
    if (text === '' || text.startsWith('#')) continue;
    if (!text.startsWith('@')) return false;
    if (/^@\s*(?:\w+\.)*Hook\b/.test(text)) return true;
  }
  return false;
}

/** The text between the `def`'s parentheses, across lines; undefined when it never closes. */
function parameterText(lines: string[], start: number, openAt: number): string | undefined {
  let depth = 0;
  let text = '';
  for (let l = start; l < lines.length && l < start + 50; l++) {
    const line = lines[l] ?? '';
    for (let c = l === start ? openAt : 0; c < line.length; c++) {
      const ch = line[c];
      if (ch === '(' || ch === '[' || ch === '{') depth++;
      if (ch === ')' || ch === ']' || ch === '}') depth--;
      if (depth === 0) return text.slice(1);
      text += ch;
    }
    text += ' ';
  }
  return undefined;
}

/** Top-level comma-separated names; `self`, `*`, `/` and `*args`/`**kwargs` do not count as positional. */
function countParams(text: string): number {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    if (ch === ')' || ch === ']' || ch === '}') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts
    .map((p) => p.split(/[:=]/)[0]?.trim() ?? '')
    .filter((p) => p !== '' && p !== 'self' && p !== '*' && p !== '/' && !p.startsWith('*')).length;
}
