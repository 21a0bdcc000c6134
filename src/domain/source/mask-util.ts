/** Replaces [from, to) with spaces, keeping line breaks so offsets, lines and columns stay put. */
export function blank(out: string[], from: number, to: number): void {
  const end = Math.min(to, out.length);
  for (let i = Math.max(0, from); i < end; i++) {
    const ch = out[i];
    if (ch !== '\n' && ch !== '\r') out[i] = ' ';
  }
}

/** Index of the line break that ends the line holding `from` (or the text's length). */
export function lineEnd(src: string, from: number): number {
  const nl = src.indexOf('\n', from);
  return nl < 0 ? src.length : nl;
}

/**
 * End (exclusive) of a quoted literal opened at `start`. A backslash escapes the next character; an
 * unterminated single-line literal stops at the line break, so one stray quote cannot hide the whole file.
 */
export function quotedEnd(src: string, start: number, quote: string, multiline = false): number {
  let j = start + 1;
  while (j < src.length) {
    const ch = src[j];
    if (ch === '\\') {
      j += 2;
      continue;
    }
    if (ch === quote) return j + 1;
    if (ch === '\n' && !multiline) return j;
    j++;
  }
  return src.length;
}

/** End (exclusive) of the text closed by `close`, searched from `from`; the text's length when absent. */
export function closedBy(src: string, from: number, close: string): number {
  const at = src.indexOf(close, from);
  return at < 0 ? src.length : at + close.length;
}
