import type { JsonObject } from '../json';
import type { DefinitionFormat } from './model';
import type { EditOptions, EditResult, PluginEdit } from './edit-types';

/** Applies one edit to a definition. Never throws; refusals come back as `ok: false` with a reason. */
export function applyEdit(_doc: JsonObject, _format: DefinitionFormat, _edit: PluginEdit, _options: EditOptions = {}): EditResult {
  return { ok: false, code: 'not-ready', reason: 'Editing plugins is not available in this build yet.' };
}
