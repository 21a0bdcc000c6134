import { isJsonObject, type JsonObject, type JsonValue } from '../json';
import type { Finding } from '../pipeline/model';
import { isDefault, notConverted } from './unmapped';
import { extractAuthSources, fillAuthSources } from './server-mappings';
import { flowWithDefaults } from './oauth';
import type { AuthTargets } from './classic-auth-to-oas';

/** The external OAuth scheme's fields (security.go ExternalOAuth). */
export const EXTERNAL_OAUTH_FIELDS = ['enabled', 'header', 'query', 'cookie', 'providers'];

type Field = { classic: string; oas: string; keep?: boolean };

/** JWTValidation: signingMethod and source have no omitempty in the gateway, so Fill always writes them. */
const JWT: Field[] = [
  { classic: 'enabled', oas: 'enabled', keep: true },
  { classic: 'signing_method', oas: 'signingMethod', keep: true },
  { classic: 'source', oas: 'source', keep: true },
  { classic: 'identity_base_field', oas: 'identityBaseField' },
  { classic: 'issued_at_validation_skew', oas: 'issuedAtValidationSkew' },
  { classic: 'not_before_validation_skew', oas: 'notBeforeValidationSkew' },
  { classic: 'expires_at_validation_skew', oas: 'expiresAtValidationSkew' },
];

/** Introspection: url, clientId and clientSecret have no omitempty either. */
const INTROSPECTION: Field[] = [
  { classic: 'enabled', oas: 'enabled', keep: true },
  { classic: 'url', oas: 'url', keep: true },
  { classic: 'client_id', oas: 'clientId', keep: true },
  { classic: 'client_secret', oas: 'clientSecret', keep: true },
  { classic: 'identity_base_field', oas: 'identityBaseField' },
];

const ZERO: Record<string, JsonValue> = { enabled: false, signing_method: '', source: '', url: '', client_id: '', client_secret: '' };

/** Fill of one part: every `keep` field, and the others that say something. */
function fillPart(from: JsonValue | undefined, fields: Field[]): JsonObject {
  const source = isJsonObject(from) ? from : {};
  const out: JsonObject = {};
  for (const { classic, oas, keep } of fields) {
    const value = source[classic];
    if (!isDefault(value)) out[oas] = value as JsonValue;
    else if (keep) out[oas] = ZERO[classic] ?? '';
  }
  return out;
}

/** ExtractTo of one part: every field, zero when the OAS part lacks it. */
function extractPart(from: JsonObject, fields: Field[]): JsonObject {
  const out: JsonObject = {};
  for (const { classic, oas } of fields) out[classic] = from[oas] ?? ZERO[classic] ?? (classic.endsWith('skew') ? 0 : '');
  return out;
}

/** security.go JWTValidation.Fill, the whole part left out when it says nothing (ShouldOmit). */
function jwtToOas(from: JsonValue | undefined): JsonObject | undefined {
  const out = fillPart(from, JWT);
  return isDefault(out) ? undefined : out;
}

/** security.go Introspection.Fill, with IntrospectionCache.Fill left out when it says nothing. */
function introspectionToOas(from: JsonValue | undefined): JsonObject | undefined {
  const out = fillPart(from, INTROSPECTION);
  const cache = isJsonObject(from) ? from.cache : undefined;
  if (isJsonObject(cache) && !isDefault(cache)) out.cache = { enabled: cache.enabled === true, timeout: cache.timeout ?? 0 };
  return isDefault(out) ? undefined : out;
}

/**
 * security.go fillExternalOAuth: `external_oauth` and `auth_configs.externalOAuth` → an oauth2 OpenAPI scheme with
 * an authorization code flow (fillOAuthSchemeForExternal), its `security` entry and the Tyk scheme with the
 * providers. Without a named auth config it runs only when external OAuth is on, then named `externalOAuth`.
 */
export function fillExternalOAuth(doc: JsonObject, t: AuthTargets, out: Finding[]): void {
  const external = isJsonObject(doc.external_oauth) ? doc.external_oauth : {};
  const configured = isJsonObject(doc.auth_configs) ? doc.auth_configs.externalOAuth : undefined;
  let config: JsonObject = isJsonObject(configured) ? configured : {};
  if (typeof config.name !== 'string' || config.name === '') {
    if (external.enabled !== true) {
      if (!isDefault(external)) out.push(notConverted(['external_oauth'], 'oas', 'it is off and auth_configs.externalOAuth has no name: Tyk converts it only then'));
      return;
    }
    config = { name: 'externalOAuth', disable_header: true };
  }
  const name = config.name as string;
  const scheme: JsonObject = isJsonObject(t.components[name]) ? { ...t.components[name] } : {};
  const flows: JsonObject = isJsonObject(scheme.flows) ? { ...scheme.flows } : {};
  flows.authorizationCode = flowWithDefaults(flows.authorizationCode, ['authorizationUrl', 'tokenUrl']);
  t.components[name] = { ...scheme, type: 'oauth2', flows };
  t.requirement[name] = [];
  const tyk: JsonObject = { enabled: external.enabled === true, ...fillAuthSources(config) };
  const providers = (Array.isArray(external.providers) ? external.providers : []).map((provider) => {
    const p: JsonObject = {};
    const jwt = jwtToOas(isJsonObject(provider) ? provider.jwt : undefined);
    if (jwt) p.jwt = jwt;
    const introspection = introspectionToOas(isJsonObject(provider) ? provider.introspection : undefined);
    if (introspection) p.introspection = introspection;
    return p;
  });
  if (providers.length) tyk.providers = providers;
  t.schemes[name] = tyk;
}

/** security.go extractExternalOAuthTo: the Tyk scheme `name` → `external_oauth` and `auth_configs.externalOAuth`. */
export function extractExternalOAuth(tyk: JsonObject, name: string, out: JsonObject): void {
  const providers = (Array.isArray(tyk.providers) ? tyk.providers : []).map((provider) => {
    const p = isJsonObject(provider) ? provider : {};
    const jwt = isJsonObject(p.jwt) ? extractPart(p.jwt, JWT) : extractPart({}, JWT);
    const intro = isJsonObject(p.introspection) ? p.introspection : {};
    const cache = isJsonObject(intro.cache) ? intro.cache : {};
    const introspection = { ...extractPart(intro, INTROSPECTION), cache: { enabled: cache.enabled === true, timeout: cache.timeout ?? 0 } };
    return { jwt, introspection };
  });
  out.external_oauth = { enabled: tyk.enabled === true, providers };
  const configs = isJsonObject(out.auth_configs) ? out.auth_configs : {};
  configs.externalOAuth = { name, ...extractAuthSources(tyk) };
  out.auth_configs = configs;
}
