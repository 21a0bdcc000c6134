import { applyEdit, readPluginModel } from '../../domain';
import type { JsonObject } from '../../domain/json';
import type { DefinitionFormat, Driver, HookKind } from '../../domain/pipeline/model';
import { definedFunctions } from '../../domain/source';
import { starterFor } from '../../domain/starters';
import type { PluginFiles } from '../../drafts/draft-types';
import { appendSnippet, SHARED_FILES, uniquePath } from './starter-files';

export interface CreateFunctionInput {
  doc: JsonObject;
  format: DefinitionFormat;
  files: PluginFiles;
  /** The API's driver; when it differs from the definition's (none set yet), it is set as part of the step. */
  driver: string;
  hook: HookKind;
  name: string;
  luaAvailable?: boolean;
}

export type CreateFunctionResult =
  | {
      ok: true;
      doc: JsonObject;
      files: PluginFiles;
      /** The file holding the function ('' for gRPC: it lives in the external server). */
      file: string;
      functionName: string;
      note?: string;
      label: string;
    }
  | { ok: false; reason: string };

/**
 * The definition's `path` for a new function: a Go plugin names its compiled `.so`, a JSVM hook its `.js`;
 * Python and Lua functions are found inside the bundle and gRPC ones in the external server (no path).
 */
function definitionPath(language: string, file: string): string {
  if (language === 'go') return file.replace(/\.go$/, '.so');
  if (language === 'javascript') return file;
  return '';
}

/**
 * "New function…": the starter for the API's driver and the hook, written to a file (or appended to the
 * bundle's shared file), and the function attached to the hook, as one change of files and definition.
 */
export function createFunction(input: CreateFunctionInput): CreateFunctionResult {
  const { format, hook, luaAvailable } = input;
  const starter = starterFor(input.driver as Driver, hook, input.name);
  if (starter.language === 'none' && input.driver !== 'grpc') {
    return { ok: false, reason: starter.note ?? 'Choose the API’s plugin driver first.' };
  }
  if (starter.functionName.trim() === '') return { ok: false, reason: 'Give the function a name.' };

  let doc = input.doc;
  const current = readPluginModel(doc, format).driver;
  if (current !== input.driver) {
    const set = applyEdit(doc, format, { type: 'setDriver', driver: input.driver });
    if (!set.ok) return { ok: false, reason: set.reason };
    doc = set.doc;
  }

  let files = input.files;
  let file = '';
  if (starter.language !== 'none') {
    const shared = SHARED_FILES.has(starter.fileName) && files[starter.fileName] !== undefined;
    if (shared) {
      file = starter.fileName;
      const existing = files[file] ?? '';
      const already = definedFunctions(starter.language, existing).some((d) => d.name === starter.functionName);
      if (!already) files = { ...files, [file]: appendSnippet(existing, starter.snippet) };
    } else {
      file = uniquePath(files, starter.fileName);
      files = { ...files, [file]: starter.source };
    }
  }

  const attached = applyEdit(
    doc,
    format,
    { type: 'attach', hook, fn: { name: starter.functionName, path: definitionPath(starter.language, file) } },
    { luaAvailable: luaAvailable ?? false },
  );
  if (!attached.ok) return { ok: false, reason: attached.reason };
  return {
    ok: true,
    doc: attached.doc,
    files,
    file,
    functionName: starter.functionName,
    label: `New function ${starter.functionName}`,
    ...(starter.note ? { note: starter.note } : {}),
  };
}
