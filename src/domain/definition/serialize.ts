import type { JsonObject, JsonValue } from '../json';
import { hasTextOrders, textOrderOf } from './text-order';

/**
 * Writes a definition back as JSON text. Key order is the order the text was read in: JSON.parse keeps
 * it, and for objects whose keys look like array indexes ("200") `parseJsonText` remembers it, so a
 * document with no edits comes back unchanged in content and order. Default indentation is two spaces
 * (the Tyk docs' and the dashboard's choice); pass `detectIndent(original)` to match an imported file.
 * Ends with a newline, like most editors.
 */
export function serializeDefinition(doc: JsonValue, indent: string | number = 2): string {
  if (!hasTextOrders()) return JSON.stringify(doc, null, indent) + '\n';
  const gap = typeof indent === 'number' ? ' '.repeat(Math.max(0, Math.min(10, Math.floor(indent)))) : indent.slice(0, 10);
  return write(doc, gap, '') + '\n';
}

/** The remembered order, safe against objects changed in place since: nothing is ever left out. */
function orderedKeys(value: JsonObject): string[] {
  const own = Object.keys(value);
  const order = textOrderOf(value);
  if (!order) return own;
  const present = new Set(own);
  const keys = order.filter((k) => present.has(k));
  if (keys.length === own.length) return keys;
  const listed = new Set(keys);
  return [...keys, ...own.filter((k) => !listed.has(k))];
}

/** JSON.stringify's format, taking remembered key orders into account. */
function write(value: JsonValue, gap: string, current: string): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const inner = current + gap;
  const open = gap ? `\n${inner}` : '';
  const sep = gap ? `,\n${inner}` : ',';
  const end = gap ? `\n${current}` : '';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[${open}${value.map((v) => write(v, gap, inner)).join(sep)}${end}]`;
  }
  const keys = orderedKeys(value).filter((k) => value[k] !== undefined);
  if (keys.length === 0) return '{}';
  const colon = gap ? ': ' : ':';
  return `{${open}${keys.map((k) => `${JSON.stringify(k)}${colon}${write(value[k] as JsonValue, gap, inner)}`).join(sep)}${end}}`;
}

/**
 * The indentation a JSON text uses: the whitespace before the first indented line ('\t', 2, 4).
 * Returns 2 for minified or one-line text.
 */
export function detectIndent(text: string): string | number {
  const match = /\n([ \t]+)\S/.exec(text);
  if (!match || match[1] === undefined) return 2;
  const ws = match[1];
  if (ws.startsWith('\t')) return '\t';
  return ws.length;
}
