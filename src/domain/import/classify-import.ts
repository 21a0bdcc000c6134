import { decodeJsonBytes } from '../definition/decode-text';

/** Files above this are refused before they are read as text: 50 MB. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type ImportClass =
  | { kind: 'zip' }
  | { kind: 'json'; text: string }
  | { kind: 'too-large'; size: number }
  | { kind: 'binary' }
  | { kind: 'not-utf8'; detail: string };

/** `PK\x03\x04`: the local file header every non-empty zip (a plugin bundle) starts with. */
function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  );
}

/**
 * Sorts a dropped or picked file: a bundle zip, text to read as JSON (UTF-8, or UTF-16 with its byte-order
 * mark; a UTF-8 mark is dropped), too large, or some other binary file. Never throws.
 */
export function classifyImport(fileName: string, bytes: Uint8Array): ImportClass {
  if (bytes.length > MAX_IMPORT_BYTES) return { kind: 'too-large', size: bytes.length };
  if (isZip(bytes)) return { kind: 'zip' };
  // A file named .zip that does not start like one is damaged or something else: not text to parse.
  if (/\.zip$/i.test(fileName)) return { kind: 'binary' };
  const decoded = decodeJsonBytes(bytes);
  if (!decoded.ok) {
    // JSON in another encoding (Latin-1, say) reads as JSON text up to its first bad byte; an image does not.
    const before = new TextDecoder().decode(bytes.subarray(0, decoded.offset));
    return /^\uFEFF?\s*[[{]/.test(before) && !hasBinaryControl(before) ? { kind: 'not-utf8', detail: decoded.message } : { kind: 'binary' };
  }
  return hasBinaryControl(decoded.text) ? { kind: 'binary' } : { kind: 'json', text: decoded.text };
}

/** JSON text holds no raw NUL or other C0 control but tab, line feed and carriage return: one means binary. */
function hasBinaryControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c && code !== 0x0b)
      return true;
  }
  return false;
}
