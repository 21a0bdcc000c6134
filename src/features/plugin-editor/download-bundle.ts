import { readPluginModel } from '../../domain/definition/read';
import { bundlesInUse } from '../../domain/bundle/running-model';
import { undefinedHookFunctions } from '../../domain/bundle/review';
import type { Draft } from '../../drafts/draft-types';
import { downloadBytes, makeBundleZip } from './bundle-actions';

/**
 * Download the draft as the bundle the definition loads (its own file name, else bundle.zip) and say what
 * it holds, warning about hook functions its manifest names that none of its files defines.
 */
export async function downloadDraftBundle(draft: Pick<Draft, 'doc' | 'format' | 'files'>): Promise<string> {
  const { doc, format, files } = draft;
  const model = readPluginModel(doc, format);
  const [name = 'bundle.zip'] = bundlesInUse(model);
  downloadBytes(await makeBundleZip(doc, format, files), name.split('/').pop() || 'bundle.zip');
  const missing = undefinedHookFunctions(model, { ...files });
  const held = `${name}: manifest.json and ${Object.keys(files).length} file(s).`;
  if (missing.length === 0) return held;
  return `${held} Warning: its manifest names ${missing.join(', ')}, which no file defines: the gateway would not find ${missing.length === 1 ? 'it' : 'them'}.`;
}
