import { bundlesInUse } from '../../domain/bundle/running-model';
import { MANIFEST_NAME } from '../../domain/bundle/types';
import { readBundleZip } from '../../domain/bundle/zip';
import { parseJsonText } from '../../domain/definition/parse-json';
import type { JsonValue } from '../../domain/json';
import type { Finding, PluginModel } from '../../domain/pipeline/model';
import type { ParsedArgs } from '../args';
import { errorMessage, readText, type CliIo } from '../io';

/** One `--bundle`: its manifest, and what reading it found (a checksum the gateway would refuse). */
export interface GivenBundle {
  file: string;
  manifest: JsonValue;
  problem?: string;
}

const baseName = (file: string) => file.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? file;

/** `--bundle FILE|DIR`, repeatable: a bundle zip, its manifest.json, or the unpacked folder holding manifest.json. */
export function readBundleOptions(io: CliIo, args: ParsedArgs): { bundles: GivenBundle[] } | { error: string } {
  const bundles: GivenBundle[] = [];
  for (const file of args.repeated.get('bundle') ?? []) {
    const read = readOne(io, file);
    if ('error' in read) return { error: `--bundle ${file}: ${read.error}` };
    bundles.push(read);
  }
  return { bundles };
}

function readOne(io: CliIo, file: string): GivenBundle | { error: string } {
  try {
    if (io.isDirectory?.(file)) return manifestFile(io, `${file.replace(/[\\/]+$/, '')}/${MANIFEST_NAME}`, file);
    if (/\.json$/i.test(file)) return manifestFile(io, file, file);
    if (!io.readBytes) return { error: 'this command line cannot read zip files' };
    const zip = readBundleZip(io.readBytes(file), { allowBadChecksum: true });
    if (!zip.ok) return { error: zip.reason };
    const bundle: GivenBundle = { file, manifest: { ...zip.manifest } };
    if (!zip.checksumOk && zip.checksumMessage) bundle.problem = zip.checksumMessage;
    return bundle;
  } catch (error) {
    return { error: `cannot read: ${errorMessage(error)}` };
  }
}

function manifestFile(io: CliIo, path: string, file: string): GivenBundle | { error: string } {
  const read = readText(io, path);
  if (!read.ok) return { error: read.reason };
  const parsed = parseJsonText(read.text);
  if (!parsed.ok) return { error: `${MANIFEST_NAME} is not JSON: ${parsed.message}` };
  return { file, manifest: parsed.value as JsonValue };
}

/**
 * The given bundles under the names the definition loads them by: a file named like one of them takes that
 * name, the others fill the remaining names in order. Bundles left over are `unused`.
 */
export function bundlesFor(
  model: PluginModel,
  given: readonly GivenBundle[],
): { manifests: Record<string, JsonValue>; findings: Finding[]; unused: string[] } {
  const names = bundlesInUse(model);
  const open = [...names];
  const manifests: Record<string, JsonValue> = {};
  const findings: Finding[] = [];
  const rest: GivenBundle[] = [];
  const take = (name: string, bundle: GivenBundle) => {
    open.splice(open.indexOf(name), 1);
    manifests[name] = bundle.manifest;
    if (bundle.problem) findings.push(checksumFinding(model, name, bundle.problem));
  };
  for (const bundle of given) {
    const base = baseName(bundle.file);
    const named = open.find((name) => baseName(name) === base || baseName(name) === `${base}.zip`);
    if (named !== undefined) take(named, bundle);
    else rest.push(bundle);
  }
  const unused: string[] = [];
  for (const bundle of rest) {
    const name = open[0];
    if (name === undefined) unused.push(bundle.file);
    else take(name, bundle);
  }
  return { manifests, findings, unused };
}

/** gateway/coprocess_bundle.go defaultBundleVerifyFunction: a wrong checksum and the API is not loaded. */
function checksumFinding(model: PluginModel, name: string, problem: string): Finding {
  return {
    severity: 'error',
    code: 'bundle-checksum-mismatch',
    message: `Bundle "${name}": ${problem}`,
    fix: 'Rebuild the bundle (tyk bundle build), so its manifest carries the checksum of its files.',
    path: model.bundle.source ?? [],
  };
}
