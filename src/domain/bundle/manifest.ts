import type { JsonObject } from '../json';
import { bundleChecksum } from './checksum';
import { MANIFEST_NAME, type BundleFiles, type Manifest } from './types';

/**
 * A bundle's `manifest.json`: `file_list` (the given order, else the files' own order; the manifest itself,
 * names not in `files` and repeats are left out), `custom_middleware`, the `checksum` of those files and an
 * empty `signature` (signing needs the private key, which stays with the user's `tyk bundle build`).
 */
export function buildManifest(
  files: BundleFiles,
  customMiddleware: JsonObject,
  fileList?: string[],
): Manifest {
  const names = fileList ?? Object.keys(files);
  const list: string[] = [];
  for (const name of names) {
    if (name === MANIFEST_NAME || list.includes(name)) continue;
    if (!Object.prototype.hasOwnProperty.call(files, name)) continue;
    list.push(name);
  }
  return {
    file_list: list,
    custom_middleware: customMiddleware,
    checksum: bundleChecksum(files, list),
    signature: '',
  };
}
