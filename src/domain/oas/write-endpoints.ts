import type { JsonObject, JsonPath } from '../json';
import { isJsonObject } from '../json';
import { getIn, setIn } from '../json-edit';
import { appendTo } from '../classic/write-endpoints';
import type { AttachEndpointEdit, EndpointSlot, Step } from '../pipeline/format-writer';
import { step } from '../pipeline/format-writer';
import type { EndpointPlugin } from '../pipeline/model';
import { withDefaults } from '../pipeline/slots';
import { HTTP_METHODS, OPERATIONS_PATH } from './fields';
import { readOasEndpoints } from './read-endpoints';

/** Whether some operation in `paths` has this operationId. */
function hasOperation(doc: JsonObject, operationId: string): boolean {
  return readOasEndpoints(doc).some((e) => e.operationId === operationId);
}

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
export function attachOasEndpoint(doc: JsonObject, _plugins: () => EndpointPlugin[], edit: AttachEndpointEdit): Step {
  const method = edit.method.toUpperCase();
  let operationId = edit.operationId;
  if (operationId !== undefined) {
    if (!hasOperation(doc, operationId)) {
      return { ok: false, code: 'unknown-operation', reason: `There is no operation "${operationId}" in paths: per-endpoint plugins attach to an existing operation.` };
    }
  } else {
    // A direct lookup, not a scan: this must stay fast on definitions with thousands of operations.
    const op = getIn(doc, ['paths', edit.path, method.toLowerCase()]);
    if (!isJsonObject(op) || !(HTTP_METHODS as readonly string[]).includes(method.toLowerCase())) {
      return { ok: false, code: 'unknown-endpoint', reason: `${method} ${edit.path} is not an operation in paths: add it to the OpenAPI document first.` };
    }
    const id = op['operationId'];
    if (typeof id !== 'string' || id === '') {
      return { ok: false, code: 'no-operation-id', reason: `${method} ${edit.path} has no operationId; Tyk OAS keys per-endpoint plugins by it, so add one first.` };
    }
    operationId = id;
  }
  const opPath: JsonPath = [...OPERATIONS_PATH, operationId];
  // Looked up directly under this operation rather than by reading every operation's plugins.
  const existing = getIn(doc, [...opPath, edit.kind === 'goPlugin' ? 'postPlugins' : 'virtualEndpoint']);
  const taken = edit.kind === 'goPlugin' ? (Array.isArray(existing) ? existing.find(isJsonObject) : undefined) : isJsonObject(existing) ? existing : undefined;
  if (taken) {
    const what = edit.kind === 'goPlugin' ? 'a Go plugin' : 'a virtual endpoint';
    const name = typeof taken['functionName'] === 'string' ? taken['functionName'] : '';
    return { ok: false, code: 'endpoint-occupied', reason: `Operation "${operationId}" already has ${what} ("${name}"); the gateway runs only the first.` };
  }
  const fn = withDefaults(edit.fn);
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
