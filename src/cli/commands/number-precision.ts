/**
 * Integers in the JSON text that JavaScript numbers cannot hold exactly (beyond 2^53): reading and writing
 * the document would silently change them. Strings are skipped; the scan is linear.
 */
export function impreciseIntegers(text: string): string[] {
  const found: string[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') {
      inString = true;
      continue;
    }
    if (ch !== '-' && !(ch !== undefined && ch >= '0' && ch <= '9')) continue;
    const match = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) continue;
    const token = match[0];
    i += token.length - 1;
    if (match[1] === undefined && match[2] === undefined && token.replace('-', '').length > 15) {
      if (BigInt(token) !== BigInt(Number(token))) found.push(token);
    }
  }
  return found;
}
