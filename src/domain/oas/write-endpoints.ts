import type { JsonObject, JsonPath } from '../json';
import { getIn, setIn } from '../json-edit';
import { appendTo } from '../classic/write-endpoints';
import type { AttachEndpointEdit, EndpointSlot, Step } from '../pipeline/format-writer';
import { step } from '../pipeline/format-writer';
import type { EndpointPlugin, PluginModel } from '../pipeline/model';
import { withDefaults } from '../pipeline/slots';
import { OPERATIONS_PATH } from './fields';
import { readOasEndpoints } from './read-endpoints';

/** `operations.<id>.postPlugins[]` (a list) or `operations.<id>.virtualEndpoint` (one object). */
export function oasEndpointSlot(plugin: EndpointPlugin): EndpointSlot {
  if (plugin.kind === 'goPlugin') {
    return { kind: 'list', path: plugin.fn.source.slice(0, -1), fields: { name: 'functionName', path: 'path', enabled: { key: 'enabled', inverted: false } } };
  }
  return {
    kind: 'single',
    path: plugin.fn.source,
    fields: { name: 'functionName', path: 'path', enabled: { key: 'enabled', inverted: false }, requireSession: 'requireSession' },
  };
}

/** Writes `middleware.operations.<operationId>.postPlugins[]` or `.virtualEndpoint`; the operation must exist in `paths`. */
export function attachOasEndpoint(doc: JsonObject, model: PluginModel, edit: AttachEndpointEdit): Step {
  const method = edit.method.toUpperCase();
  const endpoints = readOasEndpoints(doc);
  let operationId = edit.operationId;
  if (operationId !== undefined) {
    if (!endpoints.some((e) => e.operationId === operationId)) {
      return { ok: false, code: 'unknown-operation', reason: `There is no operation "${operationId}" in paths: per-endpoint plugins attach to an existing operation.` };
    }
  } else {
    const endpoint = endpoints.find((e) => e.method === method && e.path === edit.path);
    if (!endpoint) return { ok: false, code: 'unknown-endpoint', reason: `${method} ${edit.path} is not an operation in paths: add it to the OpenAPI document first.` };
    if (endpoint.operationId === undefined) {
      return { ok: false, code: 'no-operation-id', reason: `${method} ${edit.path} has no operationId; Tyk OAS keys per-endpoint plugins by it, so add one first.` };
    }
    operationId = endpoint.operationId;
  }
  const taken = model.endpointPlugins.find((p) => p.kind === edit.kind && p.operationId === operationId);
  if (taken) {
    const what = edit.kind === 'goPlugin' ? 'a Go plugin' : 'a virtual endpoint';
    return { ok: false, code: 'endpoint-occupied', reason: `Operation "${operationId}" already has ${what} ("${taken.fn.name}"); the gateway runs only the first.` };
  }
  const fn = withDefaults(edit.fn);
  const opPath: JsonPath = [...OPERATIONS_PATH, operationId];
  if (edit.kind === 'goPlugin') return appendTo(doc, [...opPath, 'postPlugins'], { enabled: fn.enabled, functionName: fn.name, path: fn.path });
  const virtual: JsonObject = { enabled: fn.enabled, functionName: fn.name };
  if (fn.path !== '') virtual['path'] = fn.path;
  if (fn.requireSession) virtual['requireSession'] = true;
  if (getIn(doc, [...opPath, 'virtualEndpoint']) !== undefined && getIn(doc, [...opPath, 'virtualEndpoint']) !== null) {
    // An entry that read as empty (wrong type) is not ours to overwrite silently.
    return { ok: false, code: 'blocked-path', reason: `operations.${operationId}.virtualEndpoint holds a value of the wrong type: fix it in the JSON first.` };
  }
  return step(setIn(doc, [...opPath, 'virtualEndpoint'], virtual));
}
