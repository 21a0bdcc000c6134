import { jsonEqual } from '../json';
import type { HookKind, PluginFunction, PluginModel } from '../pipeline/model';
import { HOOK_KINDS } from '../pipeline/model';
import type { GatewayProfile } from '../profile/profile';
import { sourceFindings } from '../source/source-findings';
import { bundleChecksum } from './checksum';
import { bundlesInUse } from './running-model';

/** What a reviewer needs to know of the bundle an API loads before pushing the definition that names it. */
export interface BundleReview {
  /** The bundle file the definition names (Classic `custom_middleware_bundle`, OAS `pluginConfig.bundle.path`). */
  name: string;
  /** Where the gateway fetches it: tyk.conf `bundle_base_url` with the name appended, when the profile has it. */
  url?: string;
  /** The bundle the Code tab builds from the draft's files; absent when the draft holds none. */
  build?: { fileList: string[]; checksum: string };
  /** The functions its manifest names, hook by hook (the definition's, as "Download bundle" writes them). */
  functions: { hook: HookKind; name: string }[];
  /** Functions the manifest names that no file of the bundle defines: the gateway would not find them. */
  undefinedFunctions: string[];
}

/** The hook functions a bundle's manifest carries (not the analytics plugin, which is a Go .so whatever). */
function manifestFunctions(model: PluginModel): { hook: HookKind; fn: PluginFunction }[] {
  return HOOK_KINDS.filter((hook) => hook !== 'analytics').flatMap((hook) =>
    model.hooks[hook].functions.filter((fn) => fn.name !== '').map((fn) => ({ hook, fn })),
  );
}

/**
 * The hook functions a bundle built from `files` would name that none of them defines (none when there are
 * no files to look in). The source check covers every function the definition names; a manifest, the hooks'.
 */
export function undefinedHookFunctions(model: PluginModel, files: Record<string, string>): string[] {
  if (Object.keys(files).length === 0) return [];
  const notFound = sourceFindings(model, files).filter((finding) => finding.code === 'function-not-in-source');
  const names = manifestFunctions(model)
    .filter(({ fn }) => notFound.some((finding) => jsonEqual(finding.path, fn.source)))
    .map(({ fn }) => fn.name);
  return [...new Set(names)];
}

/** `base` and `name` joined with one slash, as the bundle downloader builds its URL. */
function bundleUrl(base: string, name: string): string {
  return `${base.replace(/\/+$/, '')}/${name.replace(/^\/+/, '')}`;
}

/**
 * The bundles the definition loads, each with the build the Code tab would make from the draft's files
 * (file list and checksum as the gateway computes it: gateway/coprocess_bundle.go) and the functions its
 * manifest would name that the files do not define. One entry per bundle name; none when no bundle is on.
 */
export function reviewBundles(model: PluginModel, files: Record<string, string>, profile: GatewayProfile): BundleReview[] {
  const names = bundlesInUse(model);
  if (names.length === 0) return [];
  const fileList = Object.keys(files);
  const functions = manifestFunctions(model).map(({ hook, fn }) => ({ hook, name: fn.name }));
  const undefinedFunctions = undefinedHookFunctions(model, files);
  return names.map((name) => ({
    name,
    ...(profile.bundleBaseUrl ? { url: bundleUrl(profile.bundleBaseUrl, name) } : {}),
    ...(fileList.length > 0 ? { build: { fileList, checksum: bundleChecksum(files, fileList) } } : {}),
    functions,
    undefinedFunctions,
  }));
}
