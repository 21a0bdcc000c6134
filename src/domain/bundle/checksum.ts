import { Md5 } from './md5';
import type { BundleFiles } from './types';

/** The bytes of a bundle file: text as UTF-8, bytes as they are (copied into this realm's Uint8Array). */
export function fileBytes(content: string | Uint8Array): Uint8Array {
  return typeof content === 'string'
    ? new Uint8Array(new TextEncoder().encode(content))
    : new Uint8Array(content);
}

/**
 * `checksum` as the gateway checks it (gateway/coprocess_bundle.go defaultBundleVerifyFunction): MD5 over
 * the contents of the `file_list` files, concatenated in that order. Files not in `files` count as empty.
 */
export function bundleChecksum(files: BundleFiles, fileList: readonly string[]): string {
  const hash = new Md5();
  for (const name of fileList) {
    const content = Object.prototype.hasOwnProperty.call(files, name) ? files[name] : undefined;
    if (content !== undefined) hash.update(fileBytes(content));
  }
  return hash.hex();
}
