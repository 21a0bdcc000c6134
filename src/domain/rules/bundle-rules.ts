import type { JsonPath } from '../json';
import type { Finding } from '../pipeline/model';
import { stringAt } from '../chain/fields';
import { enabledFunctions, finding, type LintContext, type Rule } from './types';

/** Classic `custom_middleware_bundle`; OAS `middleware.global.pluginConfig.bundle`. */
export function bundlePath(ctx: LintContext): JsonPath {
  if (ctx.model.bundle.source) return ctx.model.bundle.source;
  return ctx.format === 'classic'
    ? ['custom_middleware_bundle']
    : ['x-tyk-api-gateway', 'middleware', 'global', 'pluginConfig', 'bundle'];
}

const bundleNames = (ctx: LintContext) => ctx.model.bundle.paths.map((p) => p.trim()).filter((p) => p !== '');
const bundleInUse = (ctx: LintContext) => ctx.model.bundle.enabled && bundleNames(ctx).length > 0;

/** Python hooks are found only in a bundle: the Python dispatcher is created when a bundle is loaded. */
export const pythonBundleRule: Rule = {
  codes: ['python-without-bundle', 'python-several-bundles'],
  check: (ctx) => {
    if (ctx.model.driver !== 'python' || enabledFunctions(ctx.model).length === 0) return [];
    if (bundleInUse(ctx)) {
      // gateway/coprocess_bundle.go: only the single-bundle path (AddToSpec) creates the Python dispatcher.
      if (bundleNames(ctx).length < 2) return [];
      return [
        finding(
          'warning',
          'python-several-bundles',
          'The API loads several bundles with the python driver: the gateway creates the Python dispatcher only for a single bundle, so every request answers 500 unless another API on the gateway loaded Python.',
          bundlePath(ctx),
          'Put the Python hooks in one bundle.',
        ),
      ];
    }
    const disabled = bundleNames(ctx).length > 0;
    return [
      finding(
        'error',
        'python-without-bundle',
        disabled
          ? 'The API uses Python plugins but its bundle is disabled: Python hooks load only from a bundle, so every request answers 500.'
          : 'The API uses Python plugins but has no bundle: Python hooks load only from a bundle, so every request answers 500.',
        bundlePath(ctx),
        disabled ? 'Enable the bundle.' : 'Package the plugin as a bundle and set it on the API.',
      ),
    ];
  },
};

/** tyk.conf `enable_bundle_downloader` + `bundle_base_url`, `public_key_path`; manifests' `signature`. */
export const bundleProfileRule: Rule = {
  codes: ['bundle-downloader-off', 'bundle-unsigned', 'bundle-signature-required'],
  check: (ctx) => {
    if (!bundleInUse(ctx)) return [];
    const out: Finding[] = [];
    const names = bundleNames(ctx);
    if (ctx.profile && !ctx.profile.bundleDownloader) {
      out.push(
        finding(
          'error',
          'bundle-downloader-off',
          'The API loads a plugin bundle, but the gateway has no bundle downloader (enable_bundle_downloader with bundle_base_url): the gateway does not load this API at all.',
          bundlePath(ctx),
          'Set enable_bundle_downloader: true and bundle_base_url in tyk.conf.',
        ),
      );
    }
    const manifests = ctx.bundleManifests ?? {};
    if (ctx.profile?.publicKeyPathSet) {
      for (const name of names) {
        const manifest = manifests[name];
        if (manifest === undefined) {
          out.push(
            finding(
              'info',
              'bundle-signature-required',
              `The gateway checks bundle signatures (public_key_path is set): bundle "${name}" must be signed, or the API is not loaded.`,
              bundlePath(ctx),
              'Sign the bundle (tyk bundle build with a private key).',
            ),
          );
        } else if (stringAt(manifest, 'signature').trim() === '') {
          out.push(
            finding(
              'error',
              'bundle-unsigned',
              `Bundle "${name}" is not signed but the gateway requires signatures (public_key_path): it refuses the bundle ("Bundle isn't signed") and does not load the API.`,
              bundlePath(ctx),
              'Sign the bundle with the private key that matches public_key_path.',
            ),
          );
        }
      }
    }
    return out;
  },
};
