import type { JsonObject } from '../json';
import { isJsonObject } from '../json';
import { deleteIn, diffRoot, setIn } from '../json-edit';
import { readModelParts } from '../definition/read';
import { classicWriter } from '../classic/write';
import { oasWriter } from '../oas/write';
import type { EditOptions, EditResult, PluginEdit } from './edit-types';
import type { Step } from './format-writer';
import { step } from './format-writer';
import type { DefinitionFormat } from './model';
import { HOOK_KINDS } from './model';
import { driverServesHook, isKnownDriver } from './driver-matrix';
import { canSetIdExtractor } from './refusals';
import type { HookContext } from './hook-edits';
import { attach, detach, move, updateFunction } from './hook-edits';
import { attachEndpoint, detachEndpoint, updateEndpoint } from './endpoint-edits';
import { validateEdit } from './validate-edit';

const refuse = (code: string, reason: string): Step => ({ ok: false, code, reason });
const GLOBAL_ONLY = { endpoints: false, endpointPlugins: false };

/**
 * Applies one edit to a definition and returns the new definition with the edit that undoes it.
 * Pure and structural: only the objects on the changed path are copied. Never throws: an edit the gateway
 * would refuse, or one that does not fit this document, comes back as `ok: false` with a reason.
 */
export function applyEdit(doc: JsonObject, format: DefinitionFormat, edit: PluginEdit, options: EditOptions = {}): EditResult {
  try {
    if (!isJsonObject(doc)) return { ok: false, code: 'not-a-definition', reason: 'The definition is not a JSON object.' };
    if (format !== 'classic' && format !== 'oas') return { ok: false, code: 'bad-format', reason: `Unknown definition format "${String(format)}".` };
    const invalid = validateEdit(edit);
    if (invalid) return { ok: false, code: 'bad-edit', reason: invalid };
    const result = run({ doc, format, writer: format === 'classic' ? classicWriter : oasWriter, options }, edit);
    if (!result.ok) return result;
    const diff = diffRoot(doc, result.doc);
    const inverse: PluginEdit = {
      type: 'restore',
      path: diff.path,
      previous: diff.present && diff.value !== undefined ? { present: true, value: diff.value } : { present: false },
    };
    return { ok: true, doc: result.doc, inverse };
  } catch (error) {
    // A safety net only: every known bad input is refused above with a proper reason.
    return { ok: false, code: 'internal-error', reason: `The edit could not be applied (${error instanceof Error ? error.message : String(error)}).` };
  }
}

function run(ctx: HookContext, edit: PluginEdit): Step {
  const { doc, format, writer, options } = ctx;
  switch (edit.type) {
    case 'attach':
      return attach(ctx, edit.hook, edit.fn, edit.index);
    case 'move':
      return move(ctx, edit.from, edit.to);
    case 'detach':
      return detach(ctx, edit.at);
    case 'setEnabled':
      return updateFunction(ctx, edit.at, { enabled: edit.enabled });
    case 'updateFunction':
      return updateFunction(ctx, edit.at, edit.fields);
    case 'setDriver': {
      if (!isKnownDriver(edit.driver)) {
        return refuse('unknown-driver', `"${edit.driver}" is not a driver the gateway knows (goplugin, otto, javascript, python, grpc, lua).`);
      }
      const served = driverServesHook(edit.driver, 'pre', options);
      if (!served.ok) return served;
      // Functions already bound must still run under the new driver (Lua drops response hooks).
      const model = readModelParts(doc, format, GLOBAL_ONLY);
      for (const hook of HOOK_KINDS) {
        if (model.hooks[hook].functions.length === 0) continue;
        const verdict = driverServesHook(edit.driver, hook, options);
        if (!verdict.ok) return verdict;
      }
      return writer.setDriver(doc, edit.driver);
    }
    case 'setCustomAuthEnabled': {
      const model = readModelParts(doc, format, GLOBAL_ONLY);
      if (edit.enabled && model.keyless) {
        return refuse('keyless-auth', 'Custom auth never runs on a keyless API: the gateway skips authentication. Turn authentication on first.');
      }
      return writer.setCustomAuth(doc, model, edit.enabled);
    }
    case 'setIdExtractor': {
      const model = readModelParts(doc, format, GLOBAL_ONLY);
      if (edit.idExtractor !== null) {
        const verdict = canSetIdExtractor(model);
        if (!verdict.ok) return verdict;
      }
      return writer.setIdExtractor(doc, model, edit.idExtractor);
    }
    case 'attachEndpointPlugin':
      return attachEndpoint(ctx, edit);
    case 'detachEndpointPlugin':
      return detachEndpoint(ctx, edit.index);
    case 'updateEndpointPlugin':
      return updateEndpoint(ctx, edit.index, edit.fields);
    case 'setBundle':
      return writer.setBundle(doc, edit.paths, edit.enabled);
    case 'setConfigData':
      return writer.setConfigData(doc, edit.enabled, edit.value);
    case 'restore': {
      if (edit.path.length === 0) {
        if (edit.previous.present && isJsonObject(edit.previous.value)) return { ok: true, doc: edit.previous.value };
        return refuse('bad-edit', 'A definition must stay a JSON object.');
      }
      return step(edit.previous.present ? setIn(doc, edit.path, edit.previous.value) : deleteIn(doc, edit.path));
    }
  }
}

