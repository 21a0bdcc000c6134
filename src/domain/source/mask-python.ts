import { lineEnd, maskSpans, quotedEnd } from './mask-util';

/** End (exclusive) of a triple-quoted string opened at `start`. */
function tripleEnd(src: string, start: number, triple: string): number {
  let j = start + 3;
  while (j < src.length) {
    if (src[j] === '\\') {
      j += 2;
      continue;
    }
    if (src.startsWith(triple, j)) return j + 3;
    j++;
  }
  return src.length;
}

/** The characters a comment or string can open with (see pythonSpanEnd). */
const PYTHON_OPENERS = /[#"']/;

/** Where a Python comment or string opened at `i` ends, or -1. */
function pythonSpanEnd(src: string, i: number): number {
  const c = src[i];
  if (c === '#') return lineEnd(src, i);
  if (c === '"' || c === "'") {
    const triple = c + c + c;
    return src.startsWith(triple, i) ? tripleEnd(src, i, triple) : quotedEnd(src, i, c);
  }
  return -1;
}

/**
 * Python: `#` comments, '…' "…" '''…''' """…""" strings (prefixes such as r, b, f stay as code; their
 * letters never form a name on their own). f-string expressions are masked with the string.
 */
export function maskPython(src: string): string {
  return maskSpans(src, PYTHON_OPENERS, pythonSpanEnd);
}
