import { isJsonObject, type JsonObject, type JsonValue } from '../json';
import { objectAt, stringAt, tykExtension } from '../chain/fields';
import { isOAuth2Native } from '../chain/oas-auth';
import type { Finding } from '../pipeline/model';
import { notConverted } from './unmapped';

/** Top-level Classic fields the security requirements carry. */
export const SECURITY_CLASSIC_FIELDS = ['security_requirements', 'security_requirement_scopes'];

/** Tyk's own auth names, which never go in the OpenAPI `security` (security.go isProprietaryAuth). */
const PROPRIETARY = ['hmac', 'custom', 'mtls', 'coprocess'];

const names = (value: JsonValue | undefined): string[][] =>
  (Array.isArray(value) ? value : []).map((req) => (Array.isArray(req) ? req.filter((n): n is string => typeof n === 'string') : []));
const scopeMaps = (value: JsonValue | undefined): JsonObject[] =>
  (Array.isArray(value) ? value : []).map((m) => (isJsonObject(m) ? m : {}));

/** security.go normalizeSecurityRequirements: the scope maps decide how many alternatives there are. */
function normalized(reqs: string[][], scopes: JsonObject[]): string[][] {
  if (reqs.length === 0 || scopes.length === 0 || reqs.length === scopes.length) return reqs;
  return scopes.map((m) => Object.keys(m));
}

/** security.go requirementScopes: only oauth2 and openIdConnect schemes carry scopes in a requirement. */
function scopesFor(components: JsonObject, scopes: JsonObject[], i: number, name: string): JsonValue[] {
  const type = stringAt(components[name], 'type');
  if (type !== 'oauth2' && type !== 'openIdConnect') return [];
  const list = scopes[i]?.[name];
  return Array.isArray(list) ? [...list] : [];
}

/**
 * security.go fillSecurity in legacy mode (a Classic API has no processing mode): `security_requirements`, with
 * `security_requirement_scopes`, become the OpenAPI `security` (Tyk's own names in `server.authentication.security`);
 * without them, one requirement of every Tyk security scheme; without those, the one the schemes appended.
 */
export function fillSecurity(doc: JsonObject, components: JsonObject, schemes: JsonObject, authentication: JsonObject, appended: JsonObject): JsonObject[] {
  const scopes = scopeMaps(doc.security_requirement_scopes);
  const reqs = normalized(names(doc.security_requirements), scopes);
  if (reqs.length > 0) {
    const security: JsonObject[] = [];
    const vendor: string[][] = [];
    reqs.forEach((req, i) => {
      const standard: JsonObject = {};
      const own = req.filter((name) => PROPRIETARY.includes(name));
      for (const name of req) if (!PROPRIETARY.includes(name)) standard[name] = scopesFor(components, scopes, i, name);
      if (Object.keys(standard).length) security.push(standard);
      if (own.length) vendor.push(own);
    });
    if (vendor.length) authentication.security = vendor;
    return security;
  }
  const tyk = Object.keys(schemes).filter((name) => !PROPRIETARY.includes(name));
  if (tyk.length === 0) return Object.keys(appended).length ? [appended] : [];
  return [Object.fromEntries(tyk.map((name) => [name, scopesFor(components, scopes, 0, name)]))];
}

type Requirement = [name: string, scopes: JsonValue[]][];

/** The OpenAPI `security` requirements, each as its scheme names and scopes in document order. */
function requirements(doc: JsonObject): Requirement[] {
  return (Array.isArray(doc.security) ? doc.security : [])
    .filter(isJsonObject)
    .map((req) => Object.entries(req).map(([name, scopes]): [string, JsonValue[]] => [name, Array.isArray(scopes) ? scopes : []]));
}

/** Which requirements the gateway reads, and the Classic `security_requirements` it writes (security.go extractSecurityTo). */
export interface SecurityExtract {
  /** The scheme names of each requirement extractSecurityTo processes, in order. */
  process: string[][];
  compliant: boolean;
}

/**
 * security.go extractSecurityTo: writes `security_requirements` and `security_requirement_scopes` as the gateway
 * does (compliant mode: every requirement, then Tyk's own `server.authentication.security`; legacy mode: all of
 * them when there are several, the one requirement's scopes otherwise) and returns the requirements whose schemes
 * it extracts: in legacy mode only the first, and only when authentication is on or has schemes.
 */
export function extractSecurity(doc: JsonObject, out: JsonObject): SecurityExtract {
  const auth = objectAt(tykExtension(doc), 'server', 'authentication');
  const compliant = auth?.securityProcessingMode === 'compliant';
  const vendor = compliant ? names(auth?.security) : [];
  const reqs = requirements(doc);
  const hasComponents = Object.keys(objectAt(doc, 'components', 'securitySchemes') ?? {}).length > 0;
  if (!(reqs.length > 0 && hasComponents) && vendor.length === 0) return { process: [], compliant };
  const toMap = (req: Requirement): JsonObject => Object.fromEntries(req.map(([name, scopes]) => [name, [...scopes]]));
  if (compliant) {
    const mixed = new Set(vendor.filter((req) => req.some((n) => PROPRIETARY.includes(n)) && req.some((n) => !PROPRIETARY.includes(n))).flat().filter((n) => !PROPRIETARY.includes(n)));
    const kept = reqs.filter((req) => !(req.length === 1 && mixed.has(req[0]?.[0] ?? '')));
    out.security_requirements = [...kept.map((req) => req.map(([name]) => name)), ...vendor];
    out.security_requirement_scopes = [...kept.map(toMap), ...vendor.map(() => ({}))];
    return { process: [...reqs.map((req) => req.map(([name]) => name)), ...vendor], compliant };
  }
  if (reqs.length > 1) {
    out.security_requirements = reqs.map((req) => req.map(([name]) => name));
    out.security_requirement_scopes = reqs.map(toMap);
  } else if (reqs[0]) {
    if (reqs[0].length > 1) out.security_requirements = [reqs[0].map(([name]) => name)];
    out.security_requirement_scopes = [toMap(reqs[0])];
  }
  const schemes = objectAt(auth, 'securitySchemes');
  const on = auth !== undefined && (auth.enabled === true || Object.keys(schemes ?? {}).length > 0);
  return { process: on && reqs[0] ? [reqs[0].map(([name]) => name)] : [], compliant };
}

/** The `server.authentication` keys extractSecurityTo reads. */
export const SECURITY_OAS_FIELDS = ['securityProcessingMode', 'security'];

/**
 * What the security requirements lose on the way to Classic: the compliant mode's OR of several requirements
 * (the gateway applies it to Tyk OAS APIs only, gateway/api_loader.go:567) and Tyk's own requirements outside
 * compliant mode, which extractSecurityTo never reads.
 */
export function securityLeftovers(doc: JsonObject, out: Finding[]): void {
  const base = ['x-tyk-api-gateway', 'server', 'authentication'];
  const auth = objectAt(tykExtension(doc), 'server', 'authentication');
  const vendor = names(auth?.security).filter((req) => req.length > 0);
  if (auth?.securityProcessingMode === 'compliant') {
    if (requirements(doc).length + vendor.length > 1) {
      out.push(notConverted([...base, 'securityProcessingMode'], 'classic', 'a Tyk Classic API runs its auth methods one after another, not as one OR of the requirements'));
    }
  } else if (vendor.length) {
    out.push(notConverted([...base, 'security'], 'classic', 'the gateway reads it only in compliant mode'));
  }
}

/** Why an enabled Tyk security scheme was not converted (security.go extractSecurityTo). */
export function schemeReason(doc: JsonObject, name: string): string {
  const tyk = objectAt(tykExtension(doc), 'server', 'authentication', 'securitySchemes', name) ?? {};
  if (stringAt(objectAt(doc, 'components', 'securitySchemes', name), 'type') === 'oauth2' && isOAuth2Native(tyk)) {
    return 'the OAS-native OAuth 2.0 scheme (scope check, protected resource metadata, token exchange) has no Tyk Classic form';
  }
  return 'the gateway converts the token, JWT, basic, OAuth and external OAuth schemes of the security requirements it reads (in legacy mode, the first)';
}
