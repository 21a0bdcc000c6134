import { customMiddlewareFromModel } from '../../domain/bundle/custom-middleware';
import { bundlesInUse, type BundleManifests } from '../../domain/bundle/running-model';
import type { PluginModel } from '../../domain/pipeline/model';
import type { PluginFiles } from '../../drafts/draft-types';

/**
 * The manifest of the Code tab's own bundle, under the name the definition loads: once the draft holds
 * plugin files (imported from a bundle, or written here), the bundle the API loads is the one the Code tab
 * builds, whose manifest carries the definition's hooks ("Download bundle"). Without files, or with several
 * bundles, the manifests are not at hand and the hooks they bring stay unknown.
 */
export function codeTabBundles(model: PluginModel, files: PluginFiles): BundleManifests {
  const names = bundlesInUse(model);
  const [name] = names;
  if (name === undefined || names.length > 1 || Object.keys(files).length === 0) return {};
  return { [name]: { file_list: Object.keys(files), custom_middleware: customMiddlewareFromModel(model), checksum: '', signature: '' } };
}
