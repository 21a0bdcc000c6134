import { isJsonObject } from '../json';
import { deleteIn, getIn, mergeIn } from '../json-edit';
import { readModelParts } from '../definition/read';
import type { FunctionInput } from './edit-types';
import type { AttachEndpointEdit, Step } from './format-writer';
import { step } from './format-writer';
import type { HookContext } from './hook-edits';
import type { EndpointPlugin } from './model';
import { arrayIndexOf, removeAt } from './slot-ops';
import { fieldChanges } from './slots';

const PLUGINS_ONLY = { endpoints: false, endpointPlugins: true, endpointLocations: false };
const refuse = (code: string, reason: string): Step => ({ ok: false, code, reason });
const isSo = (path: string) => path.trim().toLowerCase().endsWith('.so');

/** Whether a per-endpoint plugin of this kind accepts the function (for the UI while dragging). */
export function canAttachEndpoint(kind: EndpointPlugin['kind'], fn: Partial<FunctionInput>): { ok: true } | { ok: false; reason: string; code: string } {
  return checkEndpointFunction(kind, fn) ?? { ok: true };
}

/** A per-endpoint Go plugin is a compiled .so with any driver; a virtual endpoint is JavaScript (JSVM). */
function checkEndpointFunction(kind: EndpointPlugin['kind'], fn: Partial<FunctionInput>): Step | null {
  if (fn.name !== undefined && fn.name.trim() === '') return refuse('empty-name', 'A function needs a name: the gateway looks the function up by it.');
  if (fn.path === undefined) return null;
  if (kind === 'goPlugin' && !isSo(fn.path)) {
    return refuse('endpoint-not-go', 'A per-endpoint plugin is a compiled Go plugin whatever the driver: its path must name a .so file.');
  }
  if (kind === 'virtual' && isSo(fn.path)) {
    return refuse('virtual-not-js', 'A virtual endpoint runs JavaScript in the JSVM: its path must name a .js file, not a .so.');
  }
  return null;
}

export function attachEndpoint(ctx: HookContext, edit: AttachEndpointEdit): Step {
  if (edit.kind !== 'goPlugin' && edit.kind !== 'virtual') return refuse('bad-edit', 'Unknown endpoint plugin kind.');
  const byOperation = ctx.format === 'oas' && edit.operationId !== undefined;
  if (!byOperation && (edit.method.trim() === '' || edit.path.trim() === '')) {
    return refuse('bad-endpoint', 'A per-endpoint plugin needs a method and a path.');
  }
  const problem = checkEndpointFunction(edit.kind, { name: edit.fn.name, path: edit.fn.path ?? '' });
  if (problem) return problem;
  return ctx.writer.attachEndpoint(ctx.doc, () => readModelParts(ctx.doc, ctx.format, PLUGINS_ONLY).endpointPlugins, edit);
}

function locate(ctx: HookContext, index: number): { ok: true; plugin: EndpointPlugin } | { ok: false; code: string; reason: string } {
  const plugins = readModelParts(ctx.doc, ctx.format, PLUGINS_ONLY).endpointPlugins;
  const plugin = Number.isInteger(index) ? plugins[index] : undefined;
  if (!plugin) return { ok: false, code: 'index-out-of-range', reason: `There is no endpoint plugin ${String(index)} (there are ${plugins.length}).` };
  return { ok: true, plugin };
}

export function detachEndpoint(ctx: HookContext, index: number): Step {
  const found = locate(ctx, index);
  if (!found.ok) return found;
  const slot = ctx.writer.endpointSlot(found.plugin);
  if (slot.kind === 'single') return step(deleteIn(ctx.doc, found.plugin.fn.source));
  return removeAt(ctx.doc, slot.path, arrayIndexOf(found.plugin.fn));
}

export function updateEndpoint(ctx: HookContext, index: number, fields: Partial<FunctionInput>): Step {
  const found = locate(ctx, index);
  if (!found.ok) return found;
  const problem = checkEndpointFunction(found.plugin.kind, fields);
  if (problem) return problem;
  const raw = getIn(ctx.doc, found.plugin.fn.source);
  if (!isJsonObject(raw)) return refuse('blocked-path', 'That endpoint plugin entry is not an object.');
  if (fields.path !== undefined && raw['function_source_type'] === 'blob') {
    return refuse('inline-source', 'This virtual endpoint carries its code inline (function_source_type "blob"); edit the code in the JSON instead of giving a file path.');
  }
  const changes = fieldChanges(raw, ctx.writer.endpointSlot(found.plugin).fields, fields);
  if (Object.keys(changes).length === 0) return { ok: true, doc: ctx.doc };
  return step(mergeIn(ctx.doc, found.plugin.fn.source, changes));
}
