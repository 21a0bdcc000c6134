import { isJsonObject, type JsonObject } from '../json';
import type { Finding, PluginModel } from '../pipeline/model';
import { oasOperations } from '../chain/fields';
import { ensureOperation } from './classic-endpoints-to-oas';
import { ENDPOINT_MAPPINGS } from './endpoint-mappings';
import { notConverted } from './unmapped';
import { oasPathFor } from './oas-path';

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'];

/**
 * The main version's migrated `extended_paths` lists → `middleware.operations.<id>.<field>` (operation.go
 * fillPathsAndOperations), creating the OpenAPI operations they need. Entries without a method and path an
 * OpenAPI operation can take are reported.
 */
export function classicMetasToOas(ep: JsonObject, base: (string | number)[], paths: JsonObject, operations: JsonObject, unmapped: Finding[]): void {
  for (const mapping of ENDPOINT_MAPPINGS) {
    const list = ep[mapping.classic];
    if (!Array.isArray(list)) continue;
    list.forEach((meta, index) => {
      if (!isJsonObject(meta)) return;
      const at = [...base, mapping.classic, index];
      const method = typeof meta.method === 'string' ? meta.method.toUpperCase() : '';
      const path = typeof meta.path === 'string' ? meta.path : '';
      if (!METHODS.includes(method) || path === '') {
        unmapped.push(notConverted(at, 'oas', 'it has no HTTP method and path an OpenAPI operation can take'));
        return;
      }
      const id = ensureOperation(paths, path, typeof meta.method === 'string' ? meta.method : method);
      const operation = isJsonObject(operations[id]) ? operations[id] : {};
      operations[id] = operation;
      if (!mapping.omit?.(meta)) operation[mapping.oas] = mapping.fill(meta);
      mapping.document?.(meta, openApiOperation(paths, path, method));
      if (mapping.classic === 'mock_response') mockResponseCode(paths, path, method, meta, operation);
    });
  }
}

/** The OpenAPI operation ensureOperation made for this Classic path and method. */
function openApiOperation(paths: JsonObject, path: string, method: string): JsonObject {
  const item = paths[oasPathFor(path).path];
  const op = isJsonObject(item) ? item[method.toLowerCase()] : undefined;
  return isJsonObject(op) ? op : {};
}

/** fillMockResponsePaths: the mock's code is a documented response, and the endpoint ignores authentication. */
function mockResponseCode(paths: JsonObject, path: string, method: string, meta: JsonObject, operation: JsonObject): void {
  const code = String(typeof meta.code === 'number' ? meta.code : 200);
  const item = paths[oasPathFor(path).path];
  const op = isJsonObject(item) ? item[method.toLowerCase()] : undefined;
  if (isJsonObject(op)) {
    const responses = isJsonObject(op.responses) ? op.responses : {};
    // Our own placeholder response (ensureOperation) gives way, as the gateway drops its "default".
    const placeholder = Object.keys(responses).join() === '200' && isJsonObject(responses['200']) && responses['200'].description === '';
    if (placeholder) op.responses = { [code]: { description: '' } };
    else if (responses[code] === undefined) op.responses = { ...responses, [code]: { description: '' } };
  }
  if (operation.ignoreAuthentication === undefined) operation.ignoreAuthentication = { enabled: true };
}

/**
 * `middleware.operations.<id>.<field>` → the Classic `extended_paths` lists on the operation's method and
 * path (operation.go extractPathsAndOperations). Fields the gateway does not carry back (mockResponse) and
 * operations missing from `paths` are reported.
 */
export function oasMetasToClassic(doc: JsonObject, model: PluginModel, unmapped: Finding[]): JsonObject {
  const out: JsonObject = {};
  const byId = new Map(model.endpoints.filter((e) => e.operationId).map((e) => [e.operationId, e]));
  for (const [id, operation] of oasOperations(doc)) {
    const at = ['x-tyk-api-gateway', 'middleware', 'operations', id];
    for (const mapping of ENDPOINT_MAPPINGS) {
      const value = operation[mapping.oas];
      if (!isJsonObject(value)) continue;
      const endpoint = byId.get(id);
      if (!mapping.extract) {
        unmapped.push(notConverted([...at, mapping.oas], 'classic', 'the gateway keeps it in Tyk OAS only'));
        continue;
      }
      if (!endpoint) {
        unmapped.push(notConverted([...at, mapping.oas], 'classic', `operation "${id}" is not in paths, so it has no method and path`));
        continue;
      }
      const list = Array.isArray(out[mapping.classic]) ? out[mapping.classic] : [];
      out[mapping.classic] = [...(list as JsonObject[]), { path: endpoint.path, method: endpoint.method.toUpperCase(), ...mapping.extract(value) }];
    }
  }
  return out;
}

/** The OAS operation fields this conversion carries. */
export const MAPPED_OPERATION_FIELDS = ENDPOINT_MAPPINGS.map((m) => m.oas);
/** The Classic extended_paths lists this conversion carries. */
export const MAPPED_CLASSIC_LISTS = ENDPOINT_MAPPINGS.map((m) => m.classic);
