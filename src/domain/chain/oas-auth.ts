import { isJsonObject, type JsonObject } from '../json';
import { at, isTrue, objectAt, stringAt, tykExtension } from './fields';

export type OasAuthKind = 'token' | 'jwt' | 'basic' | 'oauth' | 'externalOAuth' | 'unknown';

/**
 * The auth methods an OAS API switches on: each `x-tyk-api-gateway.server.authentication.securitySchemes.<name>`
 * with `enabled: true`, typed by the matching `components.securitySchemes.<name>` (apiKey: token; http basic;
 * http bearer with bearerFormat JWT: jwt, other bearer: token; oauth2 with providers: external OAuth, else Tyk
 * OAuth, as the gateway extracts them). Anything else is 'unknown' rather than guessed.
 */
export function oasAuthKinds(doc: JsonObject): OasAuthKind[] {
  return oasSchemeKinds(doc)
    .filter((scheme) => scheme.enabled)
    .map((scheme) => scheme.kind);
}

/** Every scheme under `server.authentication.securitySchemes`, enabled or not, with its kind. */
export function oasSchemeKinds(doc: JsonObject): { name: string; kind: OasAuthKind; enabled: boolean }[] {
  const schemes = objectAt(tykExtension(doc), 'server', 'authentication', 'securitySchemes');
  if (!schemes) return [];
  return Object.entries(schemes)
    .filter((entry): entry is [string, JsonObject] => isJsonObject(entry[1]))
    .map(([name, tyk]) => ({
      name,
      kind: kindOf(objectAt(doc, 'components', 'securitySchemes', name), tyk),
      enabled: tyk.enabled === true,
    }));
}

function kindOf(native: JsonObject | undefined, tyk: JsonObject): OasAuthKind {
  const type = stringAt(native, 'type');
  if (type === 'apiKey') return 'token';
  if (type === 'http') {
    const scheme = stringAt(native, 'scheme').toLowerCase();
    if (scheme === 'basic') return 'basic';
    if (scheme === 'bearer') {
      const jwtish =
        stringAt(native, 'bearerFormat').toUpperCase() === 'JWT' || 'signingMethod' in tyk || 'source' in tyk;
      return jwtish ? 'jwt' : 'token';
    }
  }
  // security.go extractSecurityTo: external OAuth when it has providers, else Tyk's own OAuth; the OAS-native
  // OAuth 2.0 scheme (asOAuth2Scheme: scopeCheck, protectedResourceMetadata, tokenExchange) is neither.
  if (type === 'oauth2' && !isOAuth2Native(tyk)) {
    return Array.isArray(tyk.providers) && tyk.providers.length > 0 ? 'externalOAuth' : 'oauth';
  }
  return 'unknown';
}

/** oauth2.go mapHasOAuth2SubBlock: a Tyk scheme with one of these keys is the OAS-native OAuth 2.0 scheme. */
export function isOAuth2Native(tyk: JsonObject): boolean {
  return ['scopeCheck', 'protectedResourceMetadata', 'tokenExchange'].some((key) => key in tyk);
}

/** OAS `server.authentication.hmac.enabled` / `.oidc.enabled`. */
export function oasAuthFlag(doc: JsonObject, method: 'hmac' | 'oidc'): boolean {
  return isTrue(tykExtension(doc), 'server', 'authentication', method, 'enabled');
}

/** An OAS OAuth2 scheme with a scope check or token exchange switched on (OAuth2Middleware.EnabledForSpec). */
export function oasOAuth2ScopeCheck(doc: JsonObject): boolean {
  const schemes = objectAt(tykExtension(doc), 'server', 'authentication', 'securitySchemes');
  if (!schemes) return false;
  return Object.values(schemes).some(
    (tyk) =>
      isTrue(tyk, 'enabled') &&
      (isTrue(at(tyk, 'scopeCheck'), 'enabled') || isTrue(at(tyk, 'tokenExchange'), 'enabled')),
  );
}
