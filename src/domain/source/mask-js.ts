import { Masker, closedBy, lineEnd, quotedEnd } from './mask-util';

// After these words an expression starts, so a `/` opens a regular expression rather than dividing.
const EXPRESSION_KEYWORDS = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'do',
  'else',
  'yield',
  'await',
]);
// After these punctuators a `/` opens a regular expression. `)` and `]` end a value, so they divide.
const BEFORE_REGEX = new Set('(,=:[!&|?{};+-*%<>~^'.split(''));
const WORD = /[\p{L}\p{N}_$]/u;

/** A character of a name or number; ASCII answered without a regex (this runs for every character). */
function isWord(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) {
    return (
      (code >= 97 && code <= 122) ||
      (code >= 65 && code <= 90) ||
      (code >= 48 && code <= 57) ||
      code === 95 ||
      code === 36
    );
  }
  return WORD.test(ch);
}

/** End (exclusive) of a regular expression literal opened at `start`; stops at a line break. */
function regexEnd(src: string, start: number): number {
  let j = start + 1;
  let inClass = false;
  while (j < src.length) {
    const ch = src[j];
    if (ch === '\\') {
      j += 2;
      continue;
    }
    if (ch === '\n') return j;
    if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '/') return j + 1;
    j++;
  }
  return src.length;
}

/**
 * JavaScript: comments, '…' "…" strings, regular expression literals (by the usual previous-token rule)
 * and template literals, whose `${…}` expressions stay visible as code, nested to any depth.
 */
export function maskJavaScript(src: string): string {
  const out = new Masker(src);
  // One entry per open `${`: how many `{` the expression has opened since.
  const templates: number[] = [];
  // The previous significant token: '' at the start, a punctuator, or 'v' for a value (name, literal).
  let prev = '';
  let i = 0;

  // Masks template text from `from` (its opening backtick, or the `}` closing an expression) to the
  // closing backtick or the next `${`.
  const template = (from: number): number => {
    const start = src[from] === '}' ? from + 1 : from;
    let j = from + 1;
    while (j < src.length) {
      const ch = src[j];
      if (ch === '\\') j += 2;
      else if (ch === '`') {
        out.blank(start, j + 1);
        return j + 1;
      } else if (ch === '$' && src[j + 1] === '{') {
        // The braces of `${…}` stay, so brace depth sees the expression as nested.
        out.blank(start, j + 1);
        templates.push(0);
        prev = '(';
        return j + 2;
      } else j++;
    }
    out.blank(start, src.length);
    return src.length;
  };

  while (i < src.length) {
    const c = src[i] ?? '';
    const next = src[i + 1];
    if (c === '/' && (next === '/' || next === '*')) {
      const end = next === '/' ? lineEnd(src, i) : closedBy(src, i + 2, '*/');
      out.blank(i, end);
      i = end;
    } else if (c === '"' || c === "'" || (c === '/' && (prev === '' || BEFORE_REGEX.has(prev)))) {
      const end = c === '/' ? regexEnd(src, i) : quotedEnd(src, i, c);
      out.blank(i, end);
      i = end;
      prev = 'v';
    } else if (c === '`') {
      prev = 'v';
      i = template(i);
    } else if (isWord(c)) {
      let j = i + 1;
      while (j < src.length && isWord(src[j] ?? '')) j++;
      prev = EXPRESSION_KEYWORDS.has(src.slice(i, j)) ? '(' : 'v';
      i = j;
    } else if (c === '}' && templates.length > 0 && templates[templates.length - 1] === 0) {
      templates.pop();
      prev = 'v';
      i = template(i);
    } else {
      const top = templates.length - 1;
      if (top >= 0 && (c === '{' || c === '}')) templates[top] = (templates[top] ?? 0) + (c === '{' ? 1 : -1);
      if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r' && !/\s/.test(c)) prev = c;
      i++;
    }
  }
  return out.result();
}
