import { Masker, lineEnd, quotedEnd } from './mask-util';

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

/**
 * Python: `#` comments, '…' "…" '''…''' """…""" strings (prefixes such as r, b, f stay as code; their
 * letters never form a name on their own). f-string expressions are masked with the string.
 */
export function maskPython(src: string): string {
  const out = new Masker(src);
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    let end = -1;
    if (c === '#') end = lineEnd(src, i);
    else if (c === '"' || c === "'") {
      const triple = c + c + c;
      end = src.startsWith(triple, i) ? tripleEnd(src, i, triple) : quotedEnd(src, i, c);
    }
    if (end < 0) {
      i++;
      continue;
    }
    out.blank(i, end);
    i = end;
  }
  return out.result();
}
