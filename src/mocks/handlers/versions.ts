import { HttpResponse, http } from 'msw';
import type { JsonObject } from '../../domain/json';
import { isJsonObject } from '../../domain/json';
import type { StoredApi } from '../store';
import { getServed, getStored, listServed, putServed, putStored } from '../store';
import { MESSAGES, controlApi, param, tykError } from './tyk-responses';

/**
 * API versions as the gateway links them: a base API lists its versions (Classic `definition.versions`, a
 * name → id map; OAS `x-tyk-api-gateway.info.versioning.versions`, a list of {name, id}), and a new version
 * is created with `?base_api_id=&new_version_name=` on the create call (lib/apidef/version.go).
 */

export interface VersionParams {
  baseApiId: string;
  baseApiVersionName: string;
  newVersionName: string;
  setDefault: boolean;
}

export function readVersionParams(request: Request): VersionParams {
  const query = new URL(request.url).searchParams;
  return {
    baseApiId: query.get('base_api_id') ?? '',
    baseApiVersionName: query.get('base_api_version_name') ?? '',
    newVersionName: query.get('new_version_name') ?? '',
    setDefault: query.get('set_default') === 'true',
  };
}

function obj(value: unknown): JsonObject {
  return isJsonObject(value) ? value : {};
}

interface VersionSet {
  enabled: boolean;
  name: string;
  default: string;
  versions: { name: string; id: string }[];
}

function readVersionSet(api: StoredApi): VersionSet {
  const raw = api.format === 'classic' ? obj(api.doc.definition) : obj(obj(obj(api.doc['x-tyk-api-gateway']).info).versioning);
  const versions =
    api.format === 'classic'
      ? Object.entries(obj(raw.versions)).map(([name, id]) => ({ name, id: String(id) }))
      : (Array.isArray(raw.versions) ? raw.versions : []).map((entry) => ({ name: String(obj(entry).name ?? ''), id: String(obj(entry).id ?? '') }));
  return {
    enabled: raw.enabled === true,
    name: typeof raw.name === 'string' ? raw.name : '',
    default: typeof raw.default === 'string' ? raw.default : '',
    versions,
  };
}

function writeVersionSet(api: StoredApi, set: VersionSet): JsonObject {
  const doc = structuredClone(api.doc);
  if (api.format === 'classic') {
    const versions = Object.fromEntries(set.versions.map((version) => [version.name, version.id]));
    doc.definition = { ...obj(doc.definition), enabled: set.enabled, name: set.name, default: set.default, versions };
    return doc;
  }
  const ext = obj(doc['x-tyk-api-gateway']);
  const info = obj(ext.info);
  info.versioning = { ...obj(info.versioning), enabled: set.enabled, name: set.name, default: set.default, versions: set.versions };
  ext.info = info;
  doc['x-tyk-api-gateway'] = ext;
  return doc;
}

/** lib/apidef/version.go Validate: the answer that refuses the create, or undefined. */
export function checkVersionParams(params: VersionParams): Response | undefined {
  if (params.baseApiId === '') return undefined;
  // The gateway answers 422 here on purpose (gateway/api.go handleAddApi, TT-7523).
  if (params.newVersionName === '') return tykError(422, 'The new version name is required');
  const base = getServed(params.baseApiId);
  if (!base) return tykError(400, `${params.baseApiId} is not a valid Base API version`);
  if (params.baseApiVersionName === '' && readVersionSet(base).name === '') {
    return tykError(400, `you need to provide a version name for the new Base API: ${params.baseApiId}`);
  }
  return undefined;
}

/**
 * After the create: the base API lists the new version (gateway/api_helpers.go updateBaseAPIWithNewVersion
 * changes the loaded base and writes its file, so it is served at once).
 */
export function linkNewVersion(params: VersionParams, newId: string): void {
  if (params.baseApiId === '') return;
  const link = (api: StoredApi): StoredApi => {
    const set = readVersionSet(api);
    set.enabled = true;
    if (params.baseApiVersionName !== '') set.name = params.baseApiVersionName;
    if (params.setDefault) set.default = params.newVersionName;
    set.versions = [...set.versions.filter((version) => version.name !== params.newVersionName), { name: params.newVersionName, id: newId }];
    return { ...api, doc: writeVersionSet(api, set) };
  };
  const served = getServed(params.baseApiId);
  if (served) putServed(link(served));
  const stored = getStored(params.baseApiId);
  if (stored) putStored(link(stored));
}

function versionsOf(request: Request, baseId: string): Response {
  const base = getServed(baseId);
  if (!base) return tykError(404, MESSAGES.notFound);
  const query = new URL(request.url).searchParams;
  const search = (query.get('searchText') ?? '').toLowerCase();
  const access = query.get('accessType');
  const internal = (api: StoredApi) =>
    api.format === 'classic' ? api.doc.internal === true : obj(obj(obj(api.doc['x-tyk-api-gateway']).info).state).internal === true;
  const nameOf = (api: StoredApi) =>
    String((api.format === 'classic' ? api.doc.name : obj(obj(api.doc['x-tyk-api-gateway']).info).name) ?? '');
  const include = (api: StoredApi, versionName: string) =>
    !(access === 'internal' && !internal(api)) && !(access === 'external' && internal(api)) && versionName.toLowerCase().includes(search);
  const set = readVersionSet(base);
  const defaultName = set.default === '' ? set.name : set.default;
  const meta = (api: StoredApi, versionName: string) => ({
    id: api.id,
    name: nameOf(api),
    versionName,
    internal: internal(api),
    expirationDate: String((api.format === 'classic' ? api.doc.expiration : obj(obj(api.doc['x-tyk-api-gateway']).info).expiration) ?? ''),
    isDefaultVersion: defaultName === versionName,
  });
  const served = listServed();
  const metas = set.versions
    .map(({ name, id }) => ({ name, api: served.find((api) => api.id === id) }))
    .filter((entry): entry is { name: string; api: StoredApi } => entry.api !== undefined && include(entry.api, entry.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(({ name, api }) => meta(api, name));
  const apis = include(base, set.name) ? [meta(base, set.name), ...metas] : metas;
  // Go encodes an empty list of versions as null.
  return HttpResponse.json({ status: 'success', apis: apis.length > 0 ? apis : null });
}

/** GET /tyk/apis/{id}/versions and /tyk/apis/oas/{id}/versions: gateway/versions_handler.go. */
export const versionHandlers = [
  http.get(
    '*/tyk/apis/oas/:apiId/versions',
    controlApi(({ request, params }) => versionsOf(request, param(params, 'apiId'))),
  ),
  http.get(
    '*/tyk/apis/:apiId/versions',
    controlApi(({ request, params }) => versionsOf(request, param(params, 'apiId'))),
  ),
];
