import { isIdentifierPart, isValidIdentifier } from './identifier';
import type { CodeLanguage } from './language';
import { maskSource } from './mask';

export interface RenameResult {
  source: string;
  /** How many occurrences were renamed (0 when nothing matched or a name was not valid). */
  changed: number;
  /** Why nothing was renamed, when a name was refused. */
  reason?: string;
}

/** Whether the occurrence at `at` is a property (`obj.name`, Lua `obj:name`), not the function itself. */
function isMember(language: CodeLanguage, masked: string, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && /[ \t]/.test(masked[j] ?? '')) j--;
  const ch = masked[j];
  if (ch === ':' && language === 'lua') return masked[j - 1] !== ':';
  // `..` (Lua concatenation) and `...` (JS spread) come before a value, not a property name.
  return ch === '.' && masked[j - 1] !== '.';
}

/**
 * Renames a function: its definition and every use as a whole word, outside comments and strings and not
 * as a property of something else. The rest of the text is kept byte for byte.
 */
export function renameFunction(
  language: CodeLanguage,
  source: string,
  from: string,
  to: string,
): RenameResult {
  if (language === 'none')
    return { source, changed: 0, reason: 'This driver has no source file to rename in.' };
  if (!isValidIdentifier(language, from))
    return { source, changed: 0, reason: `"${from}" is not a ${language} name.` };
  if (!isValidIdentifier(language, to))
    return { source, changed: 0, reason: `"${to}" is not a valid ${language} name.` };
  if (from === to) return { source, changed: 0 };

  const hits = nameOccurrences(language, source, from);
  const parts: string[] = [];
  let from0 = 0;
  for (const at of hits) {
    parts.push(source.slice(from0, at), to);
    from0 = at + from.length;
  }
  parts.push(source.slice(from0));
  const out = parts.join('');
  return { source: out, changed: hits.length };
}

/**
 * Where a name occurs as itself (not inside a longer name, a comment or a string, nor as a property of
 * something else): the offsets a rename changes.
 */
export function nameOccurrences(language: CodeLanguage, source: string, name: string): number[] {
  if (language === 'none' || name === '') return [];
  const masked = maskSource(language, source);
  const hits: number[] = [];
  for (let at = masked.indexOf(name); at >= 0; at = masked.indexOf(name, at + name.length)) {
    const before = masked[at - 1];
    const after = masked[at + name.length];
    if (isIdentifierPart(language, before) || isIdentifierPart(language, after)) continue;
    if (isMember(language, masked, at)) continue;
    hits.push(at);
  }
  return hits;
}
