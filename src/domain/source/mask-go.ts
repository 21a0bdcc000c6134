import { closedBy, lineEnd, maskSpans, quotedEnd } from './mask-util';

/** The characters a comment or string can open with (see goSpanEnd). */
const GO_OPENERS = /[/"'`]/;

/** Where a Go comment or literal opened at `i` ends, or -1. */
function goSpanEnd(src: string, i: number): number {
  const c = src[i];
  const next = src[i + 1];
  if (c === '/' && next === '/') return lineEnd(src, i);
  if (c === '/' && next === '*') return closedBy(src, i + 2, '*/');
  if (c === '"' || c === "'") return quotedEnd(src, i, c);
  if (c === '`') return closedBy(src, i + 1, '`');
  return -1;
}

/** Go: `//` and `/* *\/` comments, "interpreted" and 'rune' literals, `raw` strings. */
export function maskGo(src: string): string {
  return maskSpans(src, GO_OPENERS, goSpanEnd);
}
