import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { damagedEntry } from './zip-integrity';
import { isJsonObject } from '../json';
import { bundleChecksum, fileBytes } from './checksum';
import { MANIFEST_NAME, type BundleFiles, type Manifest } from './types';

/** A zip holding `manifest.json` and the files, as `tyk bundle build` lays them out (all at the root). */
export function buildBundleZip(files: BundleFiles, manifest: Manifest): Uint8Array {
  const entries: Zippable = {};
  for (const [name, content] of Object.entries(files)) {
    if (name !== MANIFEST_NAME) entries[name] = fileBytes(content);
  }
  entries[MANIFEST_NAME] = strToU8(JSON.stringify(manifest, null, 2));
  // A fixed date keeps the same input byte-identical across builds.
  return zipSync(entries, { level: 6, mtime: new Date(1980, 0, 1) });
}

export type ReadBundleFailure =
  | 'not-zip'
  | 'no-manifest'
  | 'manifest-not-json'
  | 'manifest-invalid'
  | 'file-missing'
  | 'checksum-mismatch'
  | 'too-large'
  | 'unsafe-path'
  | 'damaged-entry';

/** Past this, a bundle is refused before it is inflated (bundles hold plugin source and a .so or two). */
export const MAX_BUNDLE_BYTES = 200 * 1024 * 1024;

export type ReadBundleResult =
  | {
      ok: true;
      manifest: Manifest;
      /** Every file but the manifest: text when it is valid UTF-8, bytes otherwise. */
      files: BundleFiles;
      /** The manifest's checksum matches the listed files (always true unless `allowBadChecksum`). */
      checksumOk: boolean;
      /** When the checksum does not match: expected vs actual. */
      checksumMessage?: string;
      /** Files in the zip that `file_list` does not name: the gateway extracts them but does not check them. */
      unlisted: string[];
    }
  | { ok: false; code: ReadBundleFailure; reason: string };

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${bytes} bytes`;
}

/** Absolute paths and `..` segments would land outside the folder the bundle is unpacked into. */
function isUnsafePath(name: string): boolean {
  return /^([a-zA-Z]:)?[\\/]/.test(name) || name.split(/[\\/]/).includes('..');
}

const fail = (code: ReadBundleFailure, reason: string): ReadBundleResult => ({ ok: false, code, reason });

function asText(bytes: Uint8Array): string | Uint8Array {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return bytes;
  }
}

/** Reads the manifest's fields the gateway relies on; a reason when one has the wrong type. */
function readManifest(raw: unknown): Manifest | string {
  if (!isJsonObject(raw)) return 'manifest.json is not a JSON object.';
  const list = raw.file_list ?? [];
  if (!Array.isArray(list) || !list.every((f) => typeof f === 'string'))
    return 'manifest.json: "file_list" must be a list of file names.';
  const cm = raw.custom_middleware ?? {};
  if (!isJsonObject(cm)) return 'manifest.json: "custom_middleware" must be an object.';
  const checksum = raw.checksum ?? '';
  const signature = raw.signature ?? '';
  if (typeof checksum !== 'string') return 'manifest.json: "checksum" must be a string.';
  if (typeof signature !== 'string') return 'manifest.json: "signature" must be a string.';
  return { file_list: list as string[], custom_middleware: cm, checksum, signature };
}

/**
 * Opens a bundle zip and checks it as the gateway would: manifest.json at the root, every listed file
 * present, `checksum` matching. Never throws. With `allowBadChecksum`, a wrong checksum still returns the
 * contents (to restore files) with `checksumOk: false`.
 */
export function readBundleZip(
  bytes: Uint8Array,
  options: { allowBadChecksum?: boolean; maxBytes?: number } = {},
): ReadBundleResult {
  const maxBytes = options.maxBytes ?? MAX_BUNDLE_BYTES;
  if (
    !(bytes && typeof bytes.length === 'number') ||
    bytes.length < 4 ||
    bytes[0] !== 0x50 ||
    bytes[1] !== 0x4b
  ) {
    return fail(
      'not-zip',
      'This is not a zip file: a bundle is a .zip holding manifest.json and the plugin files.',
    );
  }
  let entries: Record<string, Uint8Array>;
  let declared = 0;
  let unsafe: string | undefined;
  try {
    entries = unzipSync(new Uint8Array(bytes), {
      filter: (file) => {
        declared += file.originalSize;
        if (unsafe === undefined && isUnsafePath(file.name)) unsafe = file.name;
        return declared <= maxBytes && unsafe === undefined;
      },
    });
  } catch (error) {
    return fail(
      'not-zip',
      `The zip cannot be read (${error instanceof Error ? error.message : 'damaged archive'}).`,
    );
  }
  if (unsafe !== undefined) {
    return fail(
      'unsafe-path',
      `The zip holds "${unsafe}", a path outside the bundle's folder: it is refused.`,
    );
  }
  if (declared > maxBytes) {
    return fail(
      'too-large',
      `The zip unpacks to more than ${formatSize(maxBytes)}: too large for a plugin bundle.`,
    );
  }
  const damaged = damagedEntry(bytes, entries);
  if (damaged !== undefined) return fail('damaged-entry', damaged);
  const names = Object.keys(entries).filter((name) => !name.endsWith('/'));
  const manifestBytes = entries[MANIFEST_NAME];
  if (!manifestBytes) {
    const nested = names.find((name) => name.endsWith(`/${MANIFEST_NAME}`));
    return fail(
      'no-manifest',
      nested
        ? `manifest.json is inside "${nested.slice(0, -MANIFEST_NAME.length)}": the gateway reads it only at the root of the zip.`
        : 'The zip has no manifest.json: the gateway refuses a bundle without one.',
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(manifestBytes));
  } catch (error) {
    return fail(
      'manifest-not-json',
      `manifest.json is not valid JSON (${error instanceof Error ? error.message : 'parse error'}).`,
    );
  }
  const manifest = readManifest(raw);
  if (typeof manifest === 'string') return fail('manifest-invalid', manifest);

  const missing = manifest.file_list.filter((name) => !Object.prototype.hasOwnProperty.call(entries, name));
  if (missing.length > 0) {
    return fail(
      'file-missing',
      `manifest.json lists ${missing.map((n) => `"${n}"`).join(', ')}, which the zip does not hold.`,
    );
  }
  const actual = bundleChecksum(entries, manifest.file_list);
  const checksumOk = actual === manifest.checksum;
  const checksumMessage = checksumOk
    ? undefined
    : `The checksum does not match the files: manifest.json says "${manifest.checksum}", the listed files give "${actual}". The gateway would refuse this bundle.`;
  if (!checksumOk && !options.allowBadChecksum) return fail('checksum-mismatch', checksumMessage ?? '');

  const files: BundleFiles = {};
  for (const name of names)
    if (name !== MANIFEST_NAME) files[name] = asText(entries[name] ?? new Uint8Array());
  const unlisted = names.filter((name) => name !== MANIFEST_NAME && !manifest.file_list.includes(name));
  return { ok: true, manifest, files, checksumOk, ...(checksumMessage ? { checksumMessage } : {}), unlisted };
}
