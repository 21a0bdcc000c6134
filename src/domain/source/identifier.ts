import type { SourceLanguage } from './language';

// Lua identifiers are ASCII only; the others accept Unicode letters (Go and Python by spec, JS as ID_Start).
const PART: Record<SourceLanguage, RegExp> = {
  go: /[\p{L}\p{N}_]/u,
  python: /[\p{L}\p{N}_]/u,
  javascript: /[\p{L}\p{N}_$]/u,
  lua: /[A-Za-z0-9_]/,
};
const WHOLE: Record<SourceLanguage, RegExp> = {
  go: /^[\p{L}_][\p{L}\p{N}_]*$/u,
  python: /^[\p{L}_][\p{L}\p{N}_]*$/u,
  javascript: /^[\p{L}_$][\p{L}\p{N}_$]*$/u,
  lua: /^[A-Za-z_][A-Za-z0-9_]*$/,
};

const RESERVED: Record<SourceLanguage, ReadonlySet<string>> = {
  go: new Set(
    'break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var'.split(
      ' ',
    ),
  ),
  python: new Set(
    'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(
      ' ',
    ),
  ),
  javascript: new Set(
    'break case catch class const continue debugger default delete do else enum export extends false finally for function if implements import in instanceof interface let new null package private protected public return static super switch this throw true try typeof var void while with yield await arguments eval undefined'.split(
      ' ',
    ),
  ),
  lua: new Set(
    'and break do else elseif end false for function goto if in local nil not or repeat return then true until while'.split(
      ' ',
    ),
  ),
};

/** One character that may continue an identifier. */
export function isIdentifierPart(language: SourceLanguage, ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && PART[language].test(ch);
}

/** A name the language accepts for a function (not a keyword). */
export function isValidIdentifier(language: SourceLanguage, name: string): boolean {
  return WHOLE[language].test(name) && !RESERVED[language].has(name);
}

/**
 * Turns any name into one the language accepts: other characters become `_`, a leading digit gets a `_`,
 * keywords get a trailing `_`. Go names are also exported (capitalised): the gateway looks the symbol up
 * in the `.so`, and only exported symbols can be looked up.
 */
export function sanitizeIdentifier(language: SourceLanguage, raw: string): string {
  let name = Array.from(raw.trim(), (ch) => (PART[language].test(ch) ? ch : '_')).join('');
  if (/^_*$/.test(name)) name = 'plugin';
  if (!WHOLE[language].test(name)) name = `_${name}`;
  if (language === 'go') {
    const first = name.charAt(0);
    const upper = first.toUpperCase();
    name =
      upper !== first && /\p{Lu}/u.test(upper)
        ? upper + name.slice(1)
        : /\p{Lu}/u.test(first)
          ? name
          : `X${name}`;
  }
  if (RESERVED[language].has(name)) name = `${name}_`;
  return name;
}
