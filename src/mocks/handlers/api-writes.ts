import type { JsonObject } from '../../domain/json';
import { isJsonObject } from '../../domain/json';
import type { DefinitionFormat } from '../../domain/pipeline/model';
import type { StoredApi } from '../store';
import { deleteStored, getServed, getStored, putStored } from '../store';
import { isValidApiId } from '../validation/api-id';
import { MESSAGES, param, readJson, tykError, tykModified } from './tyk-responses';

// The write paths of the Classic and OAS endpoints check, store and answer alike (gateway/api.go
// handleAddApi, handleUpdateApi, handleDeleteAPI); what each format checks in the body stays in its file.

type Params = Record<string, string | readonly string[] | undefined>;

/** A write's body when it is a JSON object; `message` (Tyk's words for this route) otherwise. */
export async function readBody(request: Request, message: string = MESSAGES.malformed): Promise<JsonObject | Response> {
  const body = await readJson(request);
  return isJsonObject(body) ? body : tykError(400, message);
}

/**
 * Stores the document under its id and answers as the gateway does after a write. It is served from the
 * next hot reload on, as the gateway only writes the file here.
 */
export function storeAndAnswer(api: StoredApi, action: 'added' | 'modified'): Response {
  putStored(api);
  return tykModified(api.id, action);
}

/** An id the gateway accepts as a file name, or its 400 "Invalid API ID". */
export function checkedId(id: string): string | Response {
  return isValidApiId(id) ? id : tykError(400, MESSAGES.invalidApiId);
}

export interface UpdateTarget {
  id: string;
  api: StoredApi;
}

/**
 * The API a PUT or PATCH names, checked in the gateway's order: the id is usable (400), the API is served
 * (404: one written but not yet reloaded is not), it is of this endpoint's format (400 `wrongFormat`).
 */
export function updateTarget(params: Params, format: DefinitionFormat, wrongFormat: string): UpdateTarget | Response {
  const id = checkedId(param(params, 'apiId'));
  if (id instanceof Response) return id;
  const api = getServed(id);
  if (!api) return tykError(404, MESSAGES.notFound);
  if (api.format !== format) return tykError(400, wrongFormat);
  return { id, api };
}

/** DELETE of either format: 404 when not served, 500 when its file is already gone, else the file is removed. */
export function deleteApi(params: Params): Response {
  const id = checkedId(param(params, 'apiId'));
  if (id instanceof Response) return id;
  if (!getServed(id)) return tykError(404, MESSAGES.notFound);
  // Served but its file already gone (deleted, not yet reloaded): the gateway's answer.
  if (!getStored(id) || !deleteStored(id)) return tykError(500, MESSAGES.deleteFailed);
  return tykModified(id, 'deleted');
}
