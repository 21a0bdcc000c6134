import type { JsonObject } from '../json';
import type { Finding } from '../pipeline/model';
import { classicVersions, objectAt, tykExtension } from '../chain/fields';
import { mainVersion } from './classic-endpoints-to-oas';
import { expiresOf, extractInfo, fillInfo, INFO_CLASSIC_FIELDS, INFO_OAS_FIELDS, type MainVersion } from './info-fields';
import { extractServer, fillServer, SERVER_CLASSIC_FIELDS, SERVER_OAS_FIELDS } from './server-fields';
import { notConverted } from './unmapped';
import { extractUpstream, fillUpstream, UPSTREAM_CLASSIC_FIELDS, UPSTREAM_OAS_FIELDS, UPSTREAM_PROXY_FIELDS, UPSTREAM_VERSION_FIELDS } from './upstream-mappings';
import { childOf, obj } from './values';

/**
 * The API's own settings the gateway's converter carries (apidef/oas root.go Info, upstream.go, server.go,
 * event.go): one entry per direction, and the keys each side hands the leftover reports.
 */

/** Top-level Classic fields converted here. */
export const GATEWAY_CLASSIC_FIELDS = [...INFO_CLASSIC_FIELDS, ...UPSTREAM_CLASSIC_FIELDS, ...SERVER_CLASSIC_FIELDS];
/** Classic `proxy` fields converted here. */
export const GATEWAY_PROXY_FIELDS = UPSTREAM_PROXY_FIELDS;
/** Main-version fields converted here. */
export const GATEWAY_VERSION_FIELDS = UPSTREAM_VERSION_FIELDS;
/** `x-tyk-api-gateway` fields converted here, by object. */
export const GATEWAY_OAS_FIELDS = { info: INFO_OAS_FIELDS, upstream: UPSTREAM_OAS_FIELDS, server: SERVER_OAS_FIELDS };

function mainOf(doc: JsonObject): MainVersion | undefined {
  const name = mainVersion(doc);
  const version = classicVersions(doc).find(([n]) => n === name)?.[1];
  return name !== undefined && version ? { name, version } : undefined;
}

/** Classic → OAS: Info, Upstream and Server Fill, into the extension `x`. */
export function fillGatewaySettings(doc: JsonObject, x: JsonObject, unmapped: Finding[]): void {
  const main = mainOf(doc);
  fillInfo(doc, childOf(x, 'info'), main, unmapped);
  fillUpstream(doc, childOf(x, 'upstream'), main, unmapped);
  fillServer(doc, childOf(x, 'server'), unmapped);
  // MigrateVersioning makes each other version of a versioned API a child API of its own, which one converted
  // definition cannot hold; the leftover report names only their settings, so name the versions themselves.
  const versioned = obj(doc.version_data).not_versioned !== true;
  for (const [name, version] of classicVersions(doc)) {
    if (name === main?.name) continue;
    const why = `only version "${main?.name ?? ''}" is converted`;
    if (versioned) unmapped.push(notConverted(['version_data', 'versions', name], 'oas', `${why}; the gateway's migration makes this one a child API of its own`));
    else if (expiresOf(version)) unmapped.push(notConverted(['version_data', 'versions', name, 'expires'], 'oas', why));
  }
}

/** OAS → Classic: Info, Upstream and Server ExtractTo; `version` is the main version. */
export function extractGatewaySettings(doc: JsonObject, out: JsonObject, version: JsonObject, unmapped: Finding[]): void {
  const x = tykExtension(doc);
  extractInfo(objectAt(x, 'info'), out);
  extractUpstream(objectAt(x, 'upstream'), out, version, unmapped);
  extractServer(objectAt(x, 'server'), out, unmapped);
}
