import { isJsonObject, type JsonObject, type JsonValue } from '../json';
import { objectAt, stringAt, tykExtension } from '../chain/fields';
import type { Finding } from '../pipeline/model';
import { extractAuthSources } from './server-mappings';
import { leftovers, notConverted } from './unmapped';
import { oidcToClassic } from './oidc';
import { BASIC_FIELDS, BODY_FIELDS, HMAC_FIELDS, JWT_FIELDS } from './auth-scheme-fields';
import { extractAuthExtras } from './auth-extras';
import { extractSecurity } from './security-requirements';
import { extractToken, TOKEN_FIELDS, tokenToExtract } from './token';
import { extractOAuth, OAUTH_FIELDS } from './oauth';
import { EXTERNAL_OAUTH_FIELDS, extractExternalOAuth } from './external-oauth';
import { isOAuth2Native } from '../chain/oas-auth';

type Pairs = readonly { classic: string; oas: string }[];

function copyBack(from: JsonObject, pairs: Pairs, to: JsonObject): void {
  for (const { classic, oas } of pairs) if (from[oas] !== undefined) to[classic] = from[oas] as JsonValue;
}

const authConfigs = (out: JsonObject): JsonObject => {
  if (!isJsonObject(out.auth_configs)) out.auth_configs = {};
  return out.auth_configs as JsonObject;
};

/** security.go extractJWTTo: the Tyk JWT scheme (if any) → `enable_jwt`, `jwt_*`, `scopes.jwt`, `auth_configs.jwt`. */
function extractJwt(jwt: JsonObject | undefined, name: string, out: JsonObject): void {
  let config: JsonObject = { name, disable_header: true };
  if (jwt) {
    out.enable_jwt = jwt.enabled === true;
    config = { name, ...extractAuthSources(jwt) };
    if (Array.isArray(jwt.jwksURIs)) {
      out.jwt_jwks_uris = jwt.jwksURIs.map((jwk) => (isJsonObject(jwk) ? { url: jwk.url ?? '', cache_timeout: jwk.cacheTimeout ?? 0 } : jwk));
    }
    copyBack(jwt, JWT_FIELDS, out);
    if (isJsonObject(jwt.scopes)) out.scopes = { ...(isJsonObject(out.scopes) ? out.scopes : {}), jwt: scopesToClassic(jwt.scopes) };
  }
  authConfigs(out).jwt = config;
}

/** authentication.go Scopes.ExtractTo. */
export function scopesToClassic(scopes: JsonObject): JsonObject {
  const map: JsonObject = {};
  for (const item of Array.isArray(scopes.scopeToPolicyMapping) ? scopes.scopeToPolicyMapping : []) {
    if (isJsonObject(item) && typeof item.scope === 'string') map[item.scope] = item.policyId ?? '';
  }
  return { scope_claim_name: typeof scopes.claimName === 'string' ? scopes.claimName : '', scope_to_policy: map };
}

/** security.go extractBasicTo: → `use_basic_auth`, `basic_auth`, `auth_configs.basic`. */
function extractBasic(basic: JsonObject | undefined, name: string, out: JsonObject): void {
  let config: JsonObject = { name, disable_header: true };
  if (basic) {
    out.use_basic_auth = basic.enabled === true;
    config = { name, ...extractAuthSources(basic) };
    const classic: JsonObject = {};
    copyBack(basic, BASIC_FIELDS, classic);
    if (isJsonObject(basic.extractCredentialsFromBody)) copyBack(basic.extractCredentialsFromBody, BODY_FIELDS, classic);
    out.basic_auth = classic;
  }
  authConfigs(out).basic = config;
}

/** authentication.go HMAC.ExtractTo: `server.authentication.hmac` → `enable_signature_checking`, `hmac_*`, `auth_configs.hmac`. */
function extractHmac(hmac: JsonObject, out: JsonObject): void {
  out.enable_signature_checking = hmac.enabled === true;
  authConfigs(out).hmac = extractAuthSources(hmac);
  copyBack(hmac, HMAC_FIELDS, out);
}

/**
 * security.go extractSecurityTo: Authentication.ExtractTo (HMAC, certificate auth, OIDC, key lifetime), the
 * security requirements, then the token, JWT, basic, OAuth and external OAuth schemes of the requirements the
 * gateway reads, each typed by its `components.securitySchemes` entry. Returns the names of the schemes it converted.
 */
export function extractOasAuth(doc: JsonObject, out: JsonObject): string[] {
  const x = tykExtension(doc);
  const authentication = objectAt(x, 'server', 'authentication');
  const hmac = objectAt(authentication, 'hmac');
  if (hmac) extractHmac(hmac, out);
  const oidc = objectAt(authentication, 'oidc');
  if (oidc) oidcToClassic(oidc, scopesToClassic, out);
  extractAuthExtras(authentication, out);
  const tyk = objectAt(authentication, 'securitySchemes') ?? {};
  const done: string[] = [];
  for (const requirement of extractSecurity(doc, out).process) {
    const token = tokenToExtract(doc, requirement);
    if (token) {
      extractToken(doc, token, out);
      done.push(token);
    }
    for (const name of requirement) {
      const native = objectAt(doc, 'components', 'securitySchemes', name);
      const own = isJsonObject(tyk[name]) ? tyk[name] : undefined;
      const type = stringAt(native, 'type');
      const scheme = stringAt(native, 'scheme');
      if (type === 'http' && scheme === 'bearer' && stringAt(native, 'bearerFormat') === 'JWT') extractJwt(own, name, out);
      else if (type === 'http' && scheme === 'basic') extractBasic(own, name, out);
      // An oauth2 scheme counts only with its Tyk scheme; the OAS-native one (scopeCheck, …) has no Classic form.
      else if (type === 'oauth2' && own && !isOAuth2Native(own)) {
        if (Array.isArray(own.providers) && own.providers.length > 0) extractExternalOAuth(own, name, out);
        else extractOAuth(own, native, name, out);
      } else continue;
      if (!done.includes(name)) done.push(name);
    }
  }
  return done;
}

const SOURCES = ['enabled', 'header', 'query', 'cookie'];
const JWT_HANDLED = [...SOURCES, 'jwksURIs', 'scopes', ...JWT_FIELDS.map((f) => f.oas)];
const BASIC_HANDLED = [...SOURCES, 'extractCredentialsFromBody', ...BASIC_FIELDS.map((f) => f.oas)];
/** JWT claim lists Fill seeds from the single Classic field: only more than that one claim is lost. */
const SEEDED = [
  { list: 'subjectClaims', single: 'identityBaseField' },
  { list: 'basePolicyClaims', single: 'policyFieldName' },
] as const;

/** The Tyk scheme fields the conversion carries, by the OpenAPI scheme's type. */
function handledFields(type: string, bearer: boolean, scheme: JsonObject): readonly string[] {
  if (type === 'apiKey') return TOKEN_FIELDS;
  if (type === 'oauth2') return Array.isArray(scheme.providers) && scheme.providers.length > 0 ? EXTERNAL_OAUTH_FIELDS : OAUTH_FIELDS;
  return bearer ? JWT_HANDLED : BASIC_HANDLED;
}

/** The Tyk OAS-only parts of converted schemes (claim lists, issuer checks, …), as not converted. */
export function oasAuthLeftovers(doc: JsonObject, names: string[], out: Finding[]): void {
  const tyk = objectAt(tykExtension(doc), 'server', 'authentication', 'securitySchemes') ?? {};
  for (const name of names) {
    const scheme = tyk[name];
    if (!isJsonObject(scheme)) continue;
    const base = ['x-tyk-api-gateway', 'server', 'authentication', 'securitySchemes', name];
    const native = objectAt(doc, 'components', 'securitySchemes', name);
    const jwt = stringAt(native, 'scheme') === 'bearer';
    const handled: string[] = [...handledFields(stringAt(native, 'type'), jwt, scheme)];
    for (const { list, single } of SEEDED) {
      const claims = scheme[list];
      if (Array.isArray(claims) && claims.length <= 1 && (claims.length === 0 || claims[0] === scheme[single])) handled.push(list);
    }
    leftovers(scheme, base, handled, 'classic', out, 'Tyk Classic has no such field');
    const claims = isJsonObject(scheme.scopes) ? scheme.scopes.claims : undefined;
    if (jwt && Array.isArray(claims) && claims.length > 1) out.push(notConverted([...base, 'scopes', 'claims'], 'classic', 'Tyk Classic has one scope claim name'));
  }
}
