import type { JsonObject, JsonPath } from '../json';
import type { PluginEdit } from './edit-types';
import type { EndpointPlugin, HookKind, PluginModel } from './model';
import type { FieldNames, HookSlot } from './slots';

/** One step of an edit: the new document or a refusal. */
export type Step = { ok: true; doc: JsonObject } | { ok: false; reason: string; code: string };

export type AttachEndpointEdit = Extract<PluginEdit, { type: 'attachEndpointPlugin' }>;

/** Where an endpoint plugin sits: in a list (Go post plugins) or as one object (an OAS virtual endpoint). */
export interface EndpointSlot {
  kind: 'list' | 'single';
  /** The array (list) or the object (single). */
  path: JsonPath;
  fields: FieldNames;
}

/** What a format knows about writing: the edits call these and stay format-neutral. */
export interface FormatWriter {
  slot(doc: JsonObject, hook: HookKind): HookSlot;
  /** When the object holding a hook's list is missing, it is created with these fields first (OAS trafficLogs). */
  prepare?(doc: JsonObject, hook: HookKind): Step;
  setCustomAuth(doc: JsonObject, model: PluginModel, enabled: boolean): Step;
  setDriver(doc: JsonObject, driver: string): Step;
  setIdExtractor(doc: JsonObject, model: PluginModel, value: JsonObject | null): Step;
  setBundle(doc: JsonObject, paths: string[] | undefined, enabled: boolean | undefined): Step;
  setConfigData(doc: JsonObject, enabled: boolean | undefined, value: JsonObject | undefined): Step;
  endpointSlot(plugin: EndpointPlugin): EndpointSlot;
  /** `plugins` reads the endpoint plugins only when the format needs them (a scan on large definitions). */
  attachEndpoint(doc: JsonObject, plugins: () => EndpointPlugin[], edit: AttachEndpointEdit): Step;
}

/** A refusal for a path that holds the wrong type, so nothing can be written there. */
export function blocked(at: JsonPath): Step {
  return {
    ok: false,
    code: 'blocked-path',
    reason: `Cannot write there: ${formatPath(at)} holds a value of the wrong type. Fix it in the JSON first.`,
  };
}

function formatPath(path: JsonPath): string {
  return '$' + path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');
}

/** Turns a json-edit result into a step. */
export function step(result: { ok: true; value: JsonObject } | { ok: false; at: JsonPath }): Step {
  return result.ok ? { ok: true, doc: result.value } : blocked(result.at);
}
