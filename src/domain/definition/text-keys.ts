/**
 * Every object key of a JSON text in document order (the string tokens followed by a colon), to check
 * that writing a definition back keeps the order of the text it came from.
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
