import type { JsonObject } from '../json';

/** A bundle's files: text (stored as UTF-8) or raw bytes (a compiled `.so`). */
export type BundleFiles = Record<string, string | Uint8Array>;

/** `manifest.json` of a Tyk plugin bundle (apidef.BundleManifest). */
export interface Manifest {
  /** `file_list`: the files the checksum covers, in order. */
  file_list: string[];
  /** `custom_middleware`: the Classic shape; it replaces the API's own when the bundle loads. */
  custom_middleware: JsonObject;
  /** `checksum`: lowercase hex MD5 of the listed files' contents, concatenated in `file_list` order. */
  checksum: string;
  /** `signature`: base64 RSA over the same bytes; '' for unsigned bundles. */
  signature: string;
}

export const MANIFEST_NAME = 'manifest.json';
