import { isJsonObject, type JsonObject } from '../json';
import type { Finding } from '../pipeline/model';
import { eventHandlersToClassic, eventHandlersToOas } from './event-handlers';
import { notConverted } from './unmapped';
import { list, num, str } from './values';

/**
 * apidef/oas/server.go Server.Fill/ExtractTo beyond the listen path and authentication: protocol, port,
 * client certificates, gateway tags, custom domain, detailed activity logs and tracing, event handlers
 * (event.go), IP access control and batch processing, with the rules the gateway's migration applies first
 * (apidef/migration.go).
 */

/** Top-level Classic fields converted (or, for `slug`, reported with the reason) here. */
export const SERVER_CLASSIC_FIELDS = ['protocol', 'listen_port', 'use_mutual_tls_auth', 'client_certificates', 'tags', 'tags_disabled', 'domain', 'domain_disabled', 'certificates', 'enable_detailed_recording', 'detailed_tracing', 'event_handlers', 'allowed_ips', 'blacklisted_ips', 'enable_ip_whitelisting', 'enable_ip_blacklisting', 'ip_access_control_disabled', 'enable_batch_request_support', 'slug'];
/** `x-tyk-api-gateway.server` fields converted (or, for `slug`, reported with the reason) here. */
export const SERVER_OAS_FIELDS = ['protocol', 'port', 'clientCertificates', 'gatewayTags', 'customDomain', 'detailedActivityLogs', 'detailedTracing', 'eventHandlers', 'ipAccessControl', 'batchProcessing', 'slug'];

const X_SERVER = ['x-tyk-api-gateway', 'server'];
const WHY_SLUG_OAS = "Tyk OAS has no slug: the gateway's converter drops it (server.go)";
const WHY_SLUG_CLASSIC = "a legacy field the gateway has not read since 5.3: its converter drops it (server.go)";

/** IPAccessControl.Fill after migrateIPAccessControl: on only when an `enable_ip_*` flag has a list to apply. */
function ipAccessToOas(doc: JsonObject, unmapped: Finding[]): JsonObject | undefined {
  const allow = list(doc.allowed_ips);
  const block = list(doc.blacklisted_ips);
  const enabled = (doc.enable_ip_whitelisting === true && allow.length > 0) || (doc.enable_ip_blacklisting === true && block.length > 0);
  if (!enabled && allow.length === 0 && block.length === 0) return undefined;
  // Classic applies the lists whenever ip_access_control_disabled is false (mw_ip_whitelist.go EnabledForSpec),
  // but the migration switches them off without the enable_ flags: say so rather than open the API silently.
  if (!enabled && doc.ip_access_control_disabled !== true) {
    for (const [key, values] of [['allowed_ips', allow], ['blacklisted_ips', block]] as const) {
      if (values.length) unmapped.push(switchedOff(key));
    }
  }
  return { enabled, ...(allow.length ? { allow } : {}), ...(block.length ? { block } : {}) };
}

function switchedOff(key: string): Finding {
  return {
    severity: 'warning',
    code: 'not-converted',
    message: `$.${key} was converted switched off, as the gateway's migration does without enable_ip_whitelisting / enable_ip_blacklisting (migrateIPAccessControl), though this Classic API applies it.`,
    fix: 'Set server.ipAccessControl.enabled to true in the converted definition to keep the list in force.',
    path: [key],
  };
}

/** Server.Fill: each setting written only when it says something (ShouldOmit). */
export function fillServer(doc: JsonObject, server: JsonObject, unmapped: Finding[]): void {
  if (str(doc.protocol)) server.protocol = str(doc.protocol);
  if (num(doc.listen_port)) server.port = num(doc.listen_port);
  if (doc.use_mutual_tls_auth === true || list(doc.client_certificates).length) {
    server.clientCertificates = { enabled: doc.use_mutual_tls_auth === true, allowlist: list(doc.client_certificates) };
  }
  // migrateGatewayTags and migrateCustomDomain: without tags, or a domain, the setting is off and left out.
  if (list(doc.tags).length) server.gatewayTags = { enabled: doc.tags_disabled !== true, tags: list(doc.tags) };
  const domain = str(doc.domain);
  if (domain || list(doc.certificates).length) {
    server.customDomain = { enabled: domain !== '' && doc.domain_disabled !== true, name: domain, ...(list(doc.certificates).length ? { certificates: list(doc.certificates) } : {}) };
  }
  if (doc.enable_detailed_recording === true) server.detailedActivityLogs = { enabled: true };
  if (doc.detailed_tracing === true) server.detailedTracing = { enabled: true };
  const events = eventHandlersToOas(doc.event_handlers, unmapped);
  if (events.length) server.eventHandlers = events;
  const ip = ipAccessToOas(doc, unmapped);
  if (ip) server.ipAccessControl = ip;
  if (doc.enable_batch_request_support === true) server.batchProcessing = { enabled: true };
  if (str(doc.slug)) unmapped.push(notConverted(['slug'], 'oas', WHY_SLUG_OAS));
}

/** Server.ExtractTo for the settings the OAS server holds; an absent one leaves the Classic default. */
export function extractServer(server: JsonObject | undefined, out: JsonObject, unmapped: Finding[]): void {
  if (!server) return;
  const at = (key: string) => (isJsonObject(server[key]) ? server[key] : undefined);
  if (server.protocol !== undefined) out.protocol = str(server.protocol);
  if (server.port !== undefined) out.listen_port = num(server.port);
  const certs = at('clientCertificates');
  if (certs) Object.assign(out, { use_mutual_tls_auth: certs.enabled === true, client_certificates: list(certs.allowlist) });
  const tags = at('gatewayTags');
  if (tags) Object.assign(out, { tags_disabled: tags.enabled !== true, tags: list(tags.tags) });
  const domain = at('customDomain');
  if (domain) Object.assign(out, { domain_disabled: domain.enabled !== true, domain: str(domain.name), certificates: list(domain.certificates) });
  const logs = at('detailedActivityLogs');
  if (logs) out.enable_detailed_recording = logs.enabled === true;
  const tracing = at('detailedTracing');
  if (tracing) out.detailed_tracing = tracing.enabled === true;
  if (Array.isArray(server.eventHandlers)) out.event_handlers = eventHandlersToClassic(server.eventHandlers, [...X_SERVER, 'eventHandlers'], unmapped);
  const ip = at('ipAccessControl');
  if (ip) Object.assign(out, { ip_access_control_disabled: ip.enabled !== true, allowed_ips: list(ip.allow), blacklisted_ips: list(ip.block) });
  const batch = at('batchProcessing');
  if (batch) out.enable_batch_request_support = batch.enabled === true;
  if (str(server.slug)) unmapped.push(notConverted([...X_SERVER, 'slug'], 'classic', WHY_SLUG_CLASSIC));
}
