import { Masker, closedBy, lineEnd, quotedEnd } from './mask-util';

const LONG_OPEN = /\[(=*)\[/y;

/** Level of a long bracket `[[` / `[==[` opening at `at`, or -1. */
function longOpenLevel(src: string, at: number): number {
  LONG_OPEN.lastIndex = at;
  const m = LONG_OPEN.exec(src);
  return m ? (m[1] ?? '').length : -1;
}

/** Lua: `--` and `--[[ ]]` comments, '…' "…" strings, `[[ ]]` / `[==[ ]==]` long strings. */
export function maskLua(src: string): string {
  const out = new Masker(src);
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    let end = -1;
    if (c === '-' && src[i + 1] === '-') {
      const level = longOpenLevel(src, i + 2);
      end = level >= 0 ? closedBy(src, i + 4 + level, `]${'='.repeat(level)}]`) : lineEnd(src, i);
    } else if (c === '"' || c === "'") end = quotedEnd(src, i, c);
    else if (c === '[') {
      const level = longOpenLevel(src, i);
      if (level >= 0) end = closedBy(src, i + 2 + level, `]${'='.repeat(level)}]`);
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
