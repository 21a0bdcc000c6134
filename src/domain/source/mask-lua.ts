import { closedBy, lineEnd, maskSpans, quotedEnd } from './mask-util';

const LONG_OPEN = /\[(=*)\[/y;

/** Level of a long bracket `[[` / `[==[` opening at `at`, or -1. */
function longOpenLevel(src: string, at: number): number {
  LONG_OPEN.lastIndex = at;
  const m = LONG_OPEN.exec(src);
  return m ? (m[1] ?? '').length : -1;
}

/** The characters a comment or string can open with (see luaSpanEnd). */
const LUA_OPENERS = /[-"'[]/;

/** Where a Lua comment or string opened at `i` ends, or -1. */
function luaSpanEnd(src: string, i: number): number {
  const c = src[i];
  if (c === '-' && src[i + 1] === '-') {
    const level = longOpenLevel(src, i + 2);
    return level >= 0 ? closedBy(src, i + 4 + level, `]${'='.repeat(level)}]`) : lineEnd(src, i);
  }
  if (c === '"' || c === "'") return quotedEnd(src, i, c);
  if (c === '[') {
    const level = longOpenLevel(src, i);
    if (level >= 0) return closedBy(src, i + 2 + level, `]${'='.repeat(level)}]`);
  }
  return -1;
}

/** Lua: `--` and `--[[ ]]` comments, '…' "…" strings, `[[ ]]` / `[==[ ]==]` long strings. */
export function maskLua(src: string): string {
  return maskSpans(src, LUA_OPENERS, luaSpanEnd);
}
