import type { JsonObject } from '../../domain/json';
import { isJsonObject } from '../../domain/json';
import type { DefinitionFormat } from '../../domain/pipeline/model';
import type { StoredApi } from '../store';
import { deleteStored, getServed, getStored, putStored } from '../store';
import { MESSAGES, param, readJson, tykError, tykModified } from './tyk-responses';

// The write paths of the Classic and OAS endpoints check, store and answer alike (gateway/api.go apiHandler
// and its OAS twin); only what each format checks in the body differs, and that stays in its handler file.

type Params = Record<string, string | readonly string[] | undefined>;

/** A write's body when it is a JSON object; Tyk's "Request malformed" otherwise. */
export async function readBody(request: Request): Promise<JsonObject | Response> {
  const body = await readJson(request);
  return isJsonObject(body) ? body : tykError(400, MESSAGES.malformed);
}

/** Stores the document under its id and answers as the gateway does after a write. */
export function storeAndAnswer(api: StoredApi, action: 'added' | 'modified'): Response {
  putStored(api);
  return tykModified(api.id, action);
}

export interface UpdateTarget {
  id: string;
  api: StoredApi;
  body: JsonObject;
}

/**
 * The API a PUT or PATCH names and its new body, checked in the gateway's order: the API is served (404),
 * it is of this endpoint's format (400 `wrongFormat`), the body is a JSON object (400 malformed).
 */
export async function readUpdate(
  request: Request,
  params: Params,
  format: DefinitionFormat,
  wrongFormat: string,
): Promise<UpdateTarget | Response> {
  const id = param(params, 'apiId');
  const api = getServed(id);
  if (!api) return tykError(404, MESSAGES.notFound);
  if (api.format !== format) return tykError(400, wrongFormat);
  const body = await readBody(request);
  if (body instanceof Response) return body;
  return { id, api, body };
}

/** DELETE of either format: 404 when not served, 500 when its file is already gone, else the file is removed. */
export function deleteApi(params: Params): Response {
  const id = param(params, 'apiId');
  if (!getServed(id)) return tykError(404, MESSAGES.notFound);
  // Served but its file already gone (deleted, not yet reloaded): the gateway's answer.
  if (!getStored(id) || !deleteStored(id)) return tykError(500, MESSAGES.deleteFailed);
  return tykModified(id, 'deleted');
}
