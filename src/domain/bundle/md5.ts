// MD5 (RFC 1321), written here so the checksum works the same in the browser and in Node without a
// dependency: WebCrypto has no MD5, and the gateway's bundle checksum is MD5.

const S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const K = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0);

/** Incremental MD5: feed chunks with `update`, read the lowercase hex digest with `hex`. */
export class Md5 {
  private state = new Uint32Array([0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]);
  private buffer = new Uint8Array(64);
  private buffered = 0;
  private length = 0;
  private words = new Uint32Array(16);

  update(bytes: Uint8Array): this {
    let offset = 0;
    this.length += bytes.length;
    while (offset < bytes.length) {
      const take = Math.min(64 - this.buffered, bytes.length - offset);
      this.buffer.set(bytes.subarray(offset, offset + take), this.buffered);
      this.buffered += take;
      offset += take;
      if (this.buffered === 64) {
        this.block(this.buffer);
        this.buffered = 0;
      }
    }
    return this;
  }

  /** The digest as 32 lowercase hex characters. Call once: it pads the message. */
  hex(): string {
    const bitLength = this.length * 8;
    const padding = new Uint8Array((this.buffered < 56 ? 56 : 120) - this.buffered + 8);
    padding[0] = 0x80;
    const view = new DataView(padding.buffer);
    // The length in bits, little-endian, as two 32-bit halves (exact up to 2^53 bits).
    view.setUint32(padding.length - 8, bitLength >>> 0, true);
    view.setUint32(padding.length - 4, Math.floor(bitLength / 2 ** 32) >>> 0, true);
    this.update(padding);
    let out = '';
    for (const word of this.state) {
      for (let b = 0; b < 4; b++) out += ((word >>> (8 * b)) & 0xff).toString(16).padStart(2, '0');
    }
    return out;
  }

  private block(chunk: Uint8Array): void {
    const m = this.words;
    for (let i = 0; i < 16; i++) {
      m[i] =
        (chunk[i * 4] ?? 0) |
        ((chunk[i * 4 + 1] ?? 0) << 8) |
        ((chunk[i * 4 + 2] ?? 0) << 16) |
        ((chunk[i * 4 + 3] ?? 0) << 24);
    }
    let a = this.state[0] ?? 0;
    let b = this.state[1] ?? 0;
    let c = this.state[2] ?? 0;
    let d = this.state[3] ?? 0;
    for (let i = 0; i < 64; i++) {
      let f: number;
      let g: number;
      if (i < 16) {
        f = (b & c) | (~b & d);
        g = i;
      } else if (i < 32) {
        f = (d & b) | (~d & c);
        g = (5 * i + 1) % 16;
      } else if (i < 48) {
        f = b ^ c ^ d;
        g = (3 * i + 5) % 16;
      } else {
        f = c ^ (b | ~d);
        g = (7 * i) % 16;
      }
      const sum = (a + f + (K[i] ?? 0) + (m[g] ?? 0)) >>> 0;
      const shift = S[(i >> 4) * 4 + (i % 4)] ?? 0;
      a = d;
      d = c;
      c = b;
      b = (b + ((sum << shift) | (sum >>> (32 - shift)))) >>> 0;
    }
    this.state[0] = (this.state[0] ?? 0) + a;
    this.state[1] = (this.state[1] ?? 0) + b;
    this.state[2] = (this.state[2] ?? 0) + c;
    this.state[3] = (this.state[3] ?? 0) + d;
  }
}

/** MD5 of some bytes, lowercase hex. */
export function md5Hex(...chunks: Uint8Array[]): string {
  const hash = new Md5();
  for (const chunk of chunks) hash.update(chunk);
  return hash.hex();
}
