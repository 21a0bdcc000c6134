import type { JsonObject } from '../json';
import { isJsonObject } from '../json';
import { getIn, mergeIn } from '../json-edit';
import { readModelParts } from '../definition/read';
import type { EditOptions, FunctionInput, FunctionRef } from './edit-types';
import type { FormatWriter, Step } from './format-writer';
import { step } from './format-writer';
import type { DefinitionFormat, HookKind, PluginFunction, PluginModel } from './model';
import { HOOK_WORDS } from './driver-matrix';
import { canAttach, checkFunction } from './refusals';
import { insertFunction, removeFunction } from './slot-ops';
import type { HookSlot } from './slots';
import { fieldChanges, toInput } from './slots';

const GLOBAL_ONLY = { endpoints: false, endpointPlugins: false };
const refuse = (code: string, reason: string): Step => ({ ok: false, code, reason });

export interface HookContext {
  doc: JsonObject;
  format: DefinitionFormat;
  writer: FormatWriter;
  options: EditOptions;
}

type Located = { ok: true; fn: PluginFunction; slot: HookSlot; raw: JsonObject } | { ok: false; code: string; reason: string };

function locate(ctx: HookContext, model: PluginModel, ref: FunctionRef): Located {
  const fns = model.hooks[ref.hook].functions;
  const fn = fns[ref.index];
  if (!fn) return { ok: false, code: 'index-out-of-range', reason: `There is no function ${ref.index + 1} in the ${ref.hook} hook (it has ${fns.length}).` };
  const raw = getIn(ctx.doc, fn.source);
  if (!isJsonObject(raw)) return { ok: false, code: 'blocked-path', reason: 'That function entry is not an object.' };
  return { ok: true, fn, slot: ctx.writer.slot(ctx.doc, ref.hook), raw };
}

/** Attaching to the auth hook means using custom auth: its switch goes on with it. Then the entry goes in. */
function putInto(ctx: HookContext, doc: JsonObject, model: PluginModel, hook: HookKind, entryFor: (slot: HookSlot) => JsonObject, index: number): Step {
  let current = doc;
  if (hook === 'auth') {
    const on = ctx.writer.setCustomAuth(current, model, true);
    if (!on.ok) return on;
    current = on.doc;
  }
  if (ctx.writer.prepare) {
    const prepared = ctx.writer.prepare(current, hook);
    if (!prepared.ok) return prepared;
    current = prepared.doc;
  }
  const slot = ctx.writer.slot(current, hook);
  return insertFunction(current, slot, entryFor(slot), index, model.hooks[hook].functions);
}

function validIndex(index: unknown, max: number): index is number {
  return typeof index === 'number' && Number.isInteger(index) && index >= 0 && index <= max;
}

export function attach(ctx: HookContext, hook: HookKind, fn: FunctionInput, index: number | undefined): Step {
  const model = readModelParts(ctx.doc, ctx.format, GLOBAL_ONLY);
  const count = model.hooks[hook].functions.length;
  const at = index ?? count;
  if (!validIndex(at, count)) return refuse('index-out-of-range', `Position ${String(at)} is outside the ${HOOK_WORDS[hook]} hook (0 to ${count}).`);
  const verdict = canAttach(model, hook, fn, ctx.options);
  if (!verdict.ok) return verdict;
  return putInto(ctx, ctx.doc, model, hook, (slot) => slot.create(fn), at);
}

export function move(ctx: HookContext, from: FunctionRef, to: FunctionRef): Step {
  const model = readModelParts(ctx.doc, ctx.format, GLOBAL_ONLY);
  const found = locate(ctx, model, from);
  if (!found.ok) return found;
  const same = from.hook === to.hook;
  const max = model.hooks[to.hook].functions.length - (same ? 1 : 0);
  if (!validIndex(to.index, max)) return refuse('index-out-of-range', `Position ${String(to.index)} is outside the ${to.hook} hook (0 to ${max}).`);
  if (same && from.index === to.index) return { ok: true, doc: ctx.doc };
  const verdict = canAttach(model, to.hook, found.fn, { ...ctx.options, moving: from });
  if (!verdict.ok) return verdict;
  const removed = removeFunction(ctx.doc, found.slot, found.fn);
  if (!removed.ok) return removed;
  const after = readModelParts(removed.doc, ctx.format, GLOBAL_ONLY);
  // Same shape on both sides: the entry moves as it is, with fields we do not model (code, pluginId).
  const entryFor = (slot: HookSlot) => (slot.family === found.slot.family ? found.raw : slot.create(toInput(found.fn)));
  return putInto(ctx, removed.doc, after, to.hook, entryFor, to.index);
}

export function detach(ctx: HookContext, at: FunctionRef): Step {
  const model = readModelParts(ctx.doc, ctx.format, GLOBAL_ONLY);
  const found = locate(ctx, model, at);
  if (!found.ok) return found;
  return removeFunction(ctx.doc, found.slot, found.fn);
}

export function updateFunction(ctx: HookContext, at: FunctionRef, fields: Partial<FunctionInput>): Step {
  const model = readModelParts(ctx.doc, ctx.format, GLOBAL_ONLY);
  const found = locate(ctx, model, at);
  if (!found.ok) return found;
  if (fields.name !== undefined && fields.name.trim() === '') return refuse('empty-name', 'A function needs a name: the gateway looks the function up by it.');
  if (fields.path !== undefined) {
    const verdict = checkFunction(model, at.hook, { name: fields.name ?? found.fn.name, path: fields.path }, ctx.options);
    if (!verdict.ok) return verdict;
  }
  const changes = fieldChanges(found.raw, found.slot.fields, fields);
  if (Object.keys(changes).length === 0) return { ok: true, doc: ctx.doc };
  return step(mergeIn(ctx.doc, found.fn.source, changes));
}
