import { isJsonObject, type JsonObject, type JsonValue } from '../json';
import type { Finding } from '../pipeline/model';
import { isDefault, notConverted } from './unmapped';
import { extractAuthSources, fillAuthSources } from './server-mappings';

/**
 * authentication.go OIDC.Fill, called only when `auth_configs.oidc` exists (Authentication.Fill):
 * `use_openid`, `auth_configs.oidc`, `openid_options`, `scopes.oidc` → `server.authentication.oidc`.
 * `scopes` comes from Scopes.Fill, shared with JWT.
 */
export function oidcToOas(doc: JsonObject, scopes: (claim: JsonValue | undefined) => JsonObject | undefined, out: Finding[]): JsonObject | undefined {
  const config = isJsonObject(doc.auth_configs) ? doc.auth_configs.oidc : undefined;
  if (!isJsonObject(config)) {
    if (doc.use_openid === true) out.push(notConverted(['use_openid'], 'oas', 'auth_configs.oidc is missing: Tyk converts OIDC only with it'));
    return undefined;
  }
  const oidc: JsonObject = { enabled: doc.use_openid === true, ...fillAuthSources(config) };
  const options = isJsonObject(doc.openid_options) ? doc.openid_options : {};
  if (options.segregate_by_client === true) oidc.segregateByClientId = true;
  const providers = (Array.isArray(options.providers) ? options.providers : []).filter(isJsonObject).map((provider) => {
    const ids = isJsonObject(provider.client_ids) ? provider.client_ids : {};
    // Fill sorts the client mappings by client id; empty fields are omitempty.
    const mapping = Object.keys(ids).sort().map((clientId) => ({ clientId, policyId: ids[clientId] ?? '' }));
    const item: JsonObject = {};
    if (typeof provider.issuer === 'string' && provider.issuer) item.issuer = provider.issuer;
    if (mapping.length) item.clientToPolicyMapping = mapping;
    return item;
  });
  if (providers.length) oidc.providers = providers;
  const filled = scopes(isJsonObject(doc.scopes) ? doc.scopes.oidc : undefined);
  if (filled) oidc.scopes = filled;
  return isDefault(oidc) ? undefined : oidc;
}

/** authentication.go OIDC.ExtractTo: → `use_openid`, `auth_configs.oidc`, `openid_options`, `scopes.oidc`. */
export function oidcToClassic(oidc: JsonObject, scopes: (s: JsonObject) => JsonObject, out: JsonObject): void {
  out.use_openid = oidc.enabled === true;
  if (!isJsonObject(out.auth_configs)) out.auth_configs = {};
  (out.auth_configs as JsonObject).oidc = extractAuthSources(oidc);
  const providers = (Array.isArray(oidc.providers) ? oidc.providers : []).filter(isJsonObject).map((provider) => {
    const ids: JsonObject = {};
    for (const m of Array.isArray(provider.clientToPolicyMapping) ? provider.clientToPolicyMapping : []) {
      if (isJsonObject(m)) ids[typeof m.clientId === 'string' ? m.clientId : ''] = m.policyId ?? '';
    }
    return { issuer: provider.issuer ?? '', client_ids: ids };
  });
  out.openid_options = { providers, segregate_by_client: oidc.segregateByClientId === true };
  if (isJsonObject(oidc.scopes)) out.scopes = { ...(isJsonObject(out.scopes) ? out.scopes : {}), oidc: scopes(oidc.scopes) };
}
