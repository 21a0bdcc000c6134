import type { JsonValue } from '../json';

/**
 * Writes a definition back as JSON text. Key order is the object's own order, which is the order the
 * text was read in (JSON.parse keeps it), so a document with no edits comes back unchanged in content
 * and order. Default indentation is two spaces (the Tyk docs' and the dashboard's choice); pass the
 * result of `detectIndent` to match the file a user imported. Ends with a newline, like most editors.
 * Limitation of JavaScript objects: keys that are array indexes ("1", "42") are always listed first.
 */
export function serializeDefinition(doc: JsonValue, indent: string | number = 2): string {
  return JSON.stringify(doc, null, indent) + '\n';
}

/**
 * The indentation a JSON text uses: the whitespace before the first indented line ('\t', '  ', '    ').
 * Returns 2 for minified or one-line text.
 */
export function detectIndent(text: string): string | number {
  const match = /\n([ \t]+)\S/.exec(text);
  if (!match || match[1] === undefined) return 2;
  const ws = match[1];
  if (ws.startsWith('\t')) return '\t';
  return ws.length;
}
