/**
 * Every object key of a JSON text in document order (the string tokens followed by a colon). Used to
 * check that writing a definition back keeps the order of the text it came from, which JavaScript
 * objects cannot promise for keys that look like array indexes.
 */
export function keysInTextOrder(text: string): string[] {
  const keys: string[] = [];
  const re = /"(?:[^"\\]|\\.)*"/g;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    let i = re.lastIndex;
    while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
    if (text[i] === ':') keys.push(JSON.parse(match[0]) as string);
  }
  return keys;
}

/** Keys that JavaScript objects reorder (array-index-like: "0", "42"). */
export function isIndexLikeKey(key: string): boolean {
  return /^(0|[1-9]\d{0,8})$/.test(key);
}
