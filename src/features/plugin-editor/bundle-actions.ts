import type { JsonObject } from '../../domain/json';
import type { DefinitionFormat } from '../../domain/pipeline/model';
import type { PluginFiles } from '../../drafts/draft-types';
import { restoreBundle, type RestoredBundle } from './import-bundle';
import { downloadBlob } from '../../components/download';

/** The bundle code (and fflate) load on first use: they are not needed to show the editor. */
const loadBundle = () => import('../../domain/bundle');

/** `bundle.zip` for the draft: its files and a manifest with the definition's hooks and the checksum. */
export async function makeBundleZip(doc: JsonObject, format: DefinitionFormat, files: PluginFiles): Promise<Uint8Array> {
  const bundle = await loadBundle();
  const manifest = bundle.buildManifest({ ...files }, bundle.customMiddlewareFromDefinition(doc, format));
  return bundle.buildBundleZip({ ...files }, manifest);
}

export type ImportBundleResult = ({ ok: true } & RestoredBundle) | { ok: false; reason: string };

/** Reads a bundle zip and restores its files and hooks into the draft's definition; never throws. */
export async function importBundleZip(
  bytes: Uint8Array,
  doc: JsonObject,
  format: DefinitionFormat,
  files: PluginFiles,
): Promise<ImportBundleResult> {
  const bundle = await loadBundle();
  const read = bundle.readBundleZip(bytes);
  if (!read.ok) return { ok: false, reason: read.reason };
  return { ok: true, ...restoreBundle(doc, format, files, { customMiddleware: read.manifest.custom_middleware, files: read.files }) };
}

/** Hands bytes to the browser as a download. */
export function downloadBytes(bytes: Uint8Array, fileName: string, type = 'application/zip'): void {
  downloadBlob(fileName, new Blob([bytes.slice().buffer as ArrayBuffer], { type }));
}
