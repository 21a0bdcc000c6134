import { isJsonObject, type JsonObject, type JsonValue } from '../json';
import type { Finding } from '../pipeline/model';
import { isDefault, notConverted } from './unmapped';
import { fillAuthSources } from './server-mappings';
import { oidcToOas } from './oidc';
import { BASIC_FIELDS, BODY_FIELDS, HMAC_FIELDS, JWT_FIELDS } from './auth-scheme-fields';
import { fillToken } from './token';
import { fillOAuth } from './oauth';
import { fillExternalOAuth } from './external-oauth';
import { fillAuthExtras } from './auth-extras';

/** Where the converted auth goes: OAS `components.securitySchemes`, `security[0]`, and the Tyk extension. */
export interface AuthTargets {
  components: JsonObject;
  requirement: JsonObject;
  schemes: JsonObject;
  authentication: JsonObject;
}

type Pairs = readonly { classic: string; oas: string }[];

/** The pairs whose Classic value says something (the gateway's `omitempty`). */
function copyPairs(from: JsonValue | undefined, pairs: Pairs, to: JsonObject): void {
  if (!isJsonObject(from)) return;
  for (const { classic, oas } of pairs) if (!isDefault(from[classic])) to[oas] = from[classic] as JsonValue;
}

const authConfig = (doc: JsonObject, type: string): JsonObject | undefined =>
  isJsonObject(doc.auth_configs) && isJsonObject(doc.auth_configs[type]) ? doc.auth_configs[type] : undefined;

/**
 * The scheme named by `auth_configs.<type>.name` (fillJWT/fillBasic return early without one): the OpenAPI
 * scheme, its `security` entry, and the Tyk scheme unless it says nothing (ShouldOmit).
 */
function fillScheme(doc: JsonObject, type: 'jwt' | 'basic', flag: string, t: AuthTargets, out: Finding[]): JsonObject | undefined {
  const config = authConfig(doc, type);
  const name = typeof config?.name === 'string' ? config.name : '';
  if (!config || name === '') {
    if (doc[flag] === true) out.push(notConverted([flag], 'oas', `auth_configs.${type}.name is empty: Tyk names the security scheme after it`));
    return undefined;
  }
  const existing = isJsonObject(t.components[name]) ? t.components[name] : {};
  t.components[name] = type === 'jwt' ? { ...existing, type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } : { ...existing, type: 'http', scheme: 'basic' };
  t.requirement[name] = [];
  const scheme: JsonObject = { enabled: doc[flag] === true, ...fillAuthSources(config) };
  t.schemes[name] = scheme;
  return scheme;
}

/** security.go fillJWT: `enable_jwt`, `auth_configs.jwt`, `jwt_*`, `scopes.jwt` → a bearer JWT scheme. */
function fillJwt(doc: JsonObject, t: AuthTargets, out: Finding[]): void {
  const jwt = fillScheme(doc, 'jwt', 'enable_jwt', t, out);
  if (!jwt) return;
  if (Array.isArray(doc.jwt_jwks_uris) && doc.jwt_jwks_uris.length) {
    jwt.jwksURIs = doc.jwt_jwks_uris.map((jwk) => (isJsonObject(jwk) ? { url: jwk.url ?? '', cacheTimeout: jwk.cache_timeout ?? 0 } : jwk));
  }
  copyPairs(doc, JWT_FIELDS, jwt);
  // fillJWT seeds the claim lists from the single fields when there are none yet.
  if (jwt.identityBaseField) jwt.subjectClaims = [jwt.identityBaseField];
  if (jwt.policyFieldName) jwt.basePolicyClaims = [jwt.policyFieldName];
  const scopes = scopesToOas(isJsonObject(doc.scopes) ? doc.scopes.jwt : undefined);
  if (scopes) jwt.scopes = scopes;
}

/** authentication.go Scopes.Fill: claim name (and `claims`), scope_to_policy as a list sorted by scope. */
export function scopesToOas(claim: JsonValue | undefined): JsonObject | undefined {
  if (!isJsonObject(claim)) return undefined;
  const out: JsonObject = {};
  if (typeof claim.scope_claim_name === 'string' && claim.scope_claim_name) {
    out.claimName = claim.scope_claim_name;
    out.claims = [claim.scope_claim_name];
  }
  const map = isJsonObject(claim.scope_to_policy) ? claim.scope_to_policy : {};
  const mapping = Object.keys(map).sort().map((scope) => ({ scope, policyId: map[scope] ?? '' }));
  if (mapping.length) out.scopeToPolicyMapping = mapping;
  return Object.keys(out).length ? out : undefined;
}

/** security.go fillBasic: `use_basic_auth`, `auth_configs.basic`, `basic_auth` → an http basic scheme. */
function fillBasic(doc: JsonObject, t: AuthTargets, out: Finding[]): void {
  const basic = fillScheme(doc, 'basic', 'use_basic_auth', t, out);
  if (!basic) return;
  copyPairs(doc.basic_auth, BASIC_FIELDS, basic);
  const body: JsonObject = {};
  copyPairs(doc.basic_auth, BODY_FIELDS, body);
  if (Object.keys(body).length) basic.extractCredentialsFromBody = { enabled: false, ...body };
}

/** authentication.go HMAC.Fill, called only when `auth_configs.hmac` exists: → `server.authentication.hmac`. */
function fillHmac(doc: JsonObject, t: AuthTargets, out: Finding[]): void {
  const config = authConfig(doc, 'hmac');
  if (!config) {
    if (doc.enable_signature_checking === true) out.push(notConverted(['enable_signature_checking'], 'oas', 'auth_configs.hmac is missing: Tyk converts HMAC only with it'));
    return;
  }
  const hmac: JsonObject = { enabled: doc.enable_signature_checking === true, ...fillAuthSources(config) };
  copyPairs(doc, HMAC_FIELDS, hmac);
  if (!isDefault(hmac)) t.authentication.hmac = hmac;
}

/**
 * Authentication.Fill (key lifetime, HMAC, OIDC, certificate auth), then the security schemes in the gateway's
 * order (fillSecurity: token, JWT, basic, OAuth, external OAuth). `tokenOn`: whether the Classic API runs token auth.
 */
export function fillClassicAuth(doc: JsonObject, t: AuthTargets, out: Finding[], tokenOn: boolean): void {
  fillAuthExtras(doc, t.authentication);
  fillHmac(doc, t, out);
  const oidc = oidcToOas(doc, scopesToOas, out);
  if (oidc) t.authentication.oidc = oidc;
  fillToken(doc, t, tokenOn);
  fillJwt(doc, t, out);
  fillBasic(doc, t, out);
  fillOAuth(doc, t, out);
  fillExternalOAuth(doc, t, out);
  // The fills drop a Tyk scheme that says nothing (ShouldOmit), but not a token's: its `enabled` is a pointer in Go.
  for (const name of Object.keys(t.requirement)) {
    const token = isJsonObject(t.components[name]) && t.components[name].type === 'apiKey';
    if (!token && isDefault(t.schemes[name])) delete t.schemes[name];
  }
}
