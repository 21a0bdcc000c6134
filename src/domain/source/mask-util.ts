/**
 * Builds the masked text left to right: spans given to `blank` become spaces, line breaks kept, so offsets,
 * lines and columns stay put. Built from slices, not a character array: that is many times faster on
 * large files.
 */
export class Masker {
  private readonly parts: string[] = [];
  private pos = 0;

  constructor(private readonly src: string) {}

  blank(from: number, to: number): void {
    const start = Math.max(from, this.pos);
    const end = Math.min(to, this.src.length);
    if (end <= start) return;
    const span = this.src.slice(start, end);
    const spaces =
      span.includes('\n') || span.includes('\r') ? span.replace(/[^\r\n]/g, ' ') : ' '.repeat(span.length);
    this.parts.push(this.src.slice(this.pos, start), spaces);
    this.pos = end;
  }

  result(): string {
    this.parts.push(this.src.slice(this.pos));
    this.pos = this.src.length;
    return this.parts.join('');
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

/**
 * The scan the Go, Lua and Python maskers share: left to right, where `spanEnd(src, i)` says a comment or a
 * string opens at `i` (its exclusive end, else -1) that span is blanked and the scan goes on after it. Each
 * language keeps its own openers and closers; `openers` matches every character `spanEnd` may start at, so
 * the scan jumps over plain code instead of asking at each character.
 */
export function maskSpans(src: string, openers: RegExp, spanEnd: (src: string, at: number) => number): string {
  const out = new Masker(src);
  const next = new RegExp(openers.source, 'g');
  let i = 0;
  while (i < src.length) {
    next.lastIndex = i;
    const found = next.exec(src);
    if (!found) break;
    const at = found.index;
    const end = spanEnd(src, at);
    if (end < 0) {
      i = at + 1;
      continue;
    }
    out.blank(at, end);
    i = end;
  }
  return out.result();
}
