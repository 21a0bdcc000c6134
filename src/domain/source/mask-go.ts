import { Masker, closedBy, lineEnd, quotedEnd } from './mask-util';

/** Go: `//` and `/* *\/` comments, "interpreted" and 'rune' literals, `raw` strings. */
export function maskGo(src: string): string {
  const out = new Masker(src);
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    const next = src[i + 1];
    let end = -1;
    if (c === '/' && next === '/') end = lineEnd(src, i);
    else if (c === '/' && next === '*') end = closedBy(src, i + 2, '*/');
    else if (c === '"' || c === "'") end = quotedEnd(src, i, c);
    else if (c === '`') end = closedBy(src, i + 1, '`');
    if (end < 0) {
      i++;
      continue;
    }
    out.blank(i, end);
    i = end;
  }
  return out.result();
}
