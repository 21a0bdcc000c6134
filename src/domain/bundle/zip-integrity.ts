/** CRC-32 (IEEE), as zip stores it for each entry. */
const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = (TABLE[(crc ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

interface Declared {
  crc: number;
  size: number;
}

/** Each entry's CRC and size as the central directory declares them; empty when it cannot be found. */
function centralDirectory(zip: Uint8Array): Map<string, Declared> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const declared = new Map<string, Declared>();
  let end = -1;
  // The end record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return declared;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let n = 0; n < count && at + 46 <= zip.length && view.getUint32(at, true) === 0x02014b50; n++) {
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    declared.set(name, { crc: view.getUint32(at + 16, true), size: view.getUint32(at + 24, true) });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return declared;
}

/**
 * The first unpacked entry that is not what the zip declares (its size or its CRC-32 differs), as a reason,
 * or undefined. A size header that lies otherwise yields bytes of the zip's own structure, or NULs, in
 * place of the file, or a silently cut file.
 */
export function damagedEntry(zip: Uint8Array, entries: Record<string, Uint8Array>): string | undefined {
  const declared = centralDirectory(zip);
  for (const [name, bytes] of Object.entries(entries)) {
    const expected = declared.get(name);
    // Zip64 entries keep their sizes elsewhere (0xFFFFFFFF here); a bundle never needs them.
    if (!expected || expected.size === 0xffffffff) continue;
    if (bytes.length !== expected.size) {
      return `"${name}" unpacks to ${bytes.length} bytes, but the zip declares ${expected.size}: the archive is damaged or forged.`;
    }
    if (crc32(bytes) !== expected.crc) return `"${name}" does not match the checksum (CRC-32) the zip declares for it: the archive is damaged.`;
  }
  return undefined;
}
