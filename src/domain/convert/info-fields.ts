import { isJsonObject, type JsonObject } from '../json';
import type { Finding } from '../pipeline/model';
import { notConverted } from './unmapped';
import { obj, str, stringEntries } from './values';

/**
 * apidef/oas/root.go Info.Fill/ExtractTo beyond id, org and name: `expiration`, `state.internal` and
 * `versioning` (Classic `definition`), after the gateway's MigrateVersioning (apidef/migration.go).
 */

/** Top-level Classic fields converted here. */
export const INFO_CLASSIC_FIELDS = ['expiration', 'internal', 'definition'];
/** `x-tyk-api-gateway.info` fields converted here. */
export const INFO_OAS_FIELDS = ['expiration', 'versioning'];

export interface MainVersion {
  name: string;
  version: JsonObject;
}

const byName = (a: JsonObject, b: JsonObject) => (str(a.name) < str(b.name) ? -1 : str(a.name) > str(b.name) ? 1 : 0);

/** Versioning.Fill: the Classic `definition` (as MigrateVersioning left it), versions sorted by name. */
function versioningToOas(definition: JsonObject): JsonObject {
  const out: JsonObject = { enabled: definition.enabled === true };
  if (str(definition.name)) out.name = str(definition.name);
  out.default = str(definition.default);
  out.location = str(definition.location);
  if (str(definition.key)) out.key = str(definition.key);
  out.versions = stringEntries(definition.versions).map(([name, id]): JsonObject => ({ name, id })).sort(byName);
  if (definition.strip_versioning_data === true) out.stripVersioningData = true;
  if (str(definition.url_versioning_pattern)) out.urlVersioningPattern = str(definition.url_versioning_pattern);
  if (definition.fallback_to_default === true) out.fallbackToDefault = true;
  return out;
}

/** A version expiry that says something: "" and "-1" both mean never (gateway/api_definition.go). */
export const expiresOf = (version: JsonObject): string => (str(version.expires) === '-1' ? '' : str(version.expires));

/**
 * `expiration`, `internal` and `definition` → `info`. A Classic API versioned the old way (`version_data`
 * with `not_versioned` false) gets what MigrateVersioning makes of it: versioning on, the main version as the
 * base (its `expires` becomes the API's expiry); its other versions would be child APIs, reported elsewhere.
 */
export function fillInfo(doc: JsonObject, info: JsonObject, main: MainVersion | undefined, unmapped: Finding[]): void {
  const definition = obj(doc.definition);
  let expiration = str(doc.expiration);
  let versioning: JsonObject | undefined;
  let expiresUsed = false;
  const versionData = obj(doc.version_data);
  if (definition.enabled === true || stringEntries(definition.versions).length > 0) {
    versioning = versioningToOas(definition);
  } else if (main && versionData.not_versioned !== true) {
    if (str(definition.location) === '') {
      unmapped.push(notConverted(['version_data', 'not_versioned'], 'oas', 'a versioned Tyk OAS API needs definition.location: the gateway refuses the migrated API without it'));
    } else {
      // The base is "self" only when default_version names it; URL versioning takes strip_path as its strip flag.
      const isDefault = str(versionData.default_version) === main.name;
      const url = str(definition.location) === 'url';
      versioning = versioningToOas({
        ...definition,
        enabled: true,
        name: main.name,
        default: isDefault ? 'self' : '',
        versions: {},
        strip_versioning_data: url ? definition.strip_path === true : definition.strip_versioning_data === true,
      });
      if (expiration && expiration !== str(main.version.expires)) {
        unmapped.push(notConverted(['expiration'], 'oas', `the gateway's migration takes a versioned API's expiry from version "${main.name}"`));
      }
      expiration = str(main.version.expires);
      expiresUsed = true;
    }
  }
  if (!expiresUsed && main && expiresOf(main.version)) {
    unmapped.push(notConverted(['version_data', 'versions', main.name, 'expires'], 'oas', "the gateway's migration keeps a version's expiry only for a versioned API"));
  }
  if (expiration) info.expiration = expiration;
  if (doc.internal === true) info.state = { ...obj(info.state), internal: true };
  if (versioning) info.versioning = versioning;
}

/** Info.ExtractTo: `expiration`, `internal`, and `versioning` back into `definition` (key and location always). */
export function extractInfo(info: JsonObject | undefined, out: JsonObject): void {
  if (!info) return;
  if (str(info.expiration)) out.expiration = str(info.expiration);
  const state = obj(info.state);
  if (state.internal !== undefined) out.internal = state.internal === true;
  if (!isJsonObject(info.versioning)) return;
  const v = info.versioning;
  const versions = Array.isArray(v.versions) ? v.versions.map(obj) : [];
  out.definition = {
    enabled: v.enabled === true,
    name: str(v.name),
    default: str(v.default),
    location: str(v.location),
    key: str(v.key),
    strip_versioning_data: v.stripVersioningData === true,
    url_versioning_pattern: str(v.urlVersioningPattern),
    fallback_to_default: v.fallbackToDefault === true,
    ...(versions.length ? { versions: Object.fromEntries(versions.map((e) => [str(e.name), str(e.id)])) } : {}),
  };
}
