/** Text decoded from a file's bytes, or where and why the bytes are not text. */
export type DecodedText = { ok: true; text: string } | { ok: false; message: string; offset: number };

/**
 * JSON text is UTF-8 (RFC 8259, and what the gateway's Go decoder reads); UTF-16 with its byte-order mark is
 * read too. Bytes in another encoding (Latin-1, Windows-1252) are refused with the first bad byte, rather
 * than read with U+FFFD where the user's characters were.
 */
export function decodeJsonBytes(bytes: Uint8Array): DecodedText {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    const offset = encoding === 'utf-8' ? firstInvalidUtf8(bytes) : 0;
    const byte = bytes[offset] ?? 0;
    return {
      ok: false,
      offset,
      message:
        encoding === 'utf-8'
          ? `not UTF-8 text: byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at offset ${offset} is not valid UTF-8 (a Latin-1 or Windows-1252 file?). Save it as UTF-8.`
          : `not valid ${encoding.toUpperCase()} text. Save it as UTF-8.`,
    };
  }
}

/** Offset of the first byte that starts no valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}
