import { isJsonObject, type JsonObject, type JsonValue } from '../json';
import { objectAt, stringAt, tykExtension } from '../chain/fields';
import { isDefault } from './unmapped';
import { extractAuthSources, fillAuthSources } from './server-mappings';
import type { AuthTargets } from './classic-auth-to-oas';

const str = (value: JsonValue | undefined): string => (typeof value === 'string' ? value : '');

/** The OAS Token fields this conversion carries (security.go Token). */
export const TOKEN_FIELDS = ['enabled', 'header', 'query', 'cookie', 'enableClientCertificate', 'signatureValidation'];

/**
 * security.go fillToken and fillAPIKeyScheme: `auth_configs.authToken` → an OpenAPI apiKey scheme named after
 * `auth_configs.authToken.name`, its `security` entry, and the Tyk token scheme. The apiKey scheme takes the first
 * source that is on (header, then query, then cookie); the Tyk scheme keeps the others and the signature check.
 * The gateway converts nothing without a name; a Classic API that uses token auth without one still gets a
 * scheme here, named `authToken`, as every Classic API without another auth method runs token auth.
 * `enabled` is whether token auth runs (`on`): the gateway writes `use_standard_auth`, the same at run time.
 */
export function fillToken(doc: JsonObject, t: AuthTargets, on: boolean): void {
  const config = isJsonObject(doc.auth_configs) && isJsonObject(doc.auth_configs.authToken) ? doc.auth_configs.authToken : {};
  const named = str(config.name);
  if (!on && named === '') return;
  const name = named || 'authToken';
  // The apiKey scheme takes its source off the auth config; the Tyk scheme gets the ones left (fillAPIKeyScheme).
  const rest: JsonObject = { ...config };
  let location = 'header';
  let key = str(config.auth_header_name) || stringAt(doc, 'auth', 'auth_header_name') || 'Authorization';
  if (config.disable_header !== true) {
    Object.assign(rest, { auth_header_name: '', disable_header: true });
  } else if (config.use_param === true) {
    [location, key] = ['query', str(config.param_name)];
    Object.assign(rest, { param_name: '', use_param: false });
  } else if (config.use_cookie === true) {
    [location, key] = ['cookie', str(config.cookie_name)];
    Object.assign(rest, { cookie_name: '', use_cookie: false });
  }
  // An apiKey scheme needs a location: with every source off (which the gateway refuses for token auth) the header stays.
  t.components[name] = { type: 'apiKey', in: location, name: key };
  t.requirement[name] = [];
  const token: JsonObject = { enabled: on, ...fillAuthSources(rest) };
  const signature = signatureToOas(config);
  if (signature) token.signatureValidation = signature;
  t.schemes[name] = token;
}

/** authentication.go Signature.Fill: `validate_signature` and `signature` → `signatureValidation`, left out when it says nothing. */
function signatureToOas(config: JsonObject): JsonObject | undefined {
  const sig = isJsonObject(config.signature) ? config.signature : {};
  if (config.validate_signature !== true && isDefault(sig)) return undefined;
  const out: JsonObject = { enabled: config.validate_signature === true };
  if (str(sig.algorithm)) out.algorithm = sig.algorithm as string;
  if (str(sig.header)) out.header = sig.header as string;
  // Query is a struct, not a pointer, in the gateway: it is always written.
  out.query = { enabled: sig.use_param === true, ...(str(sig.param_name) ? { name: sig.param_name as string } : {}) };
  if (str(sig.secret)) out.secret = sig.secret as string;
  for (const [classic, oas] of [['allowed_clock_skew', 'allowedClockSkew'], ['error_code', 'errorCode']] as const) {
    if (typeof sig[classic] === 'number' && sig[classic] !== 0) out[oas] = sig[classic];
  }
  if (str(sig.error_message)) out.errorMessage = sig.error_message as string;
  return out;
}

/** authentication.go Signature.ExtractTo. */
function signatureToClassic(sig: JsonObject, config: JsonObject): void {
  const query = isJsonObject(sig.query) ? sig.query : {};
  config.validate_signature = sig.enabled === true;
  config.signature = {
    algorithm: str(sig.algorithm),
    header: str(sig.header),
    use_param: query.enabled === true,
    param_name: str(query.name),
    secret: str(sig.secret),
    allowed_clock_skew: typeof sig.allowedClockSkew === 'number' ? sig.allowedClockSkew : 0,
    error_code: typeof sig.errorCode === 'number' ? sig.errorCode : 0,
    error_message: str(sig.errorMessage),
  };
}

/**
 * security.go extractTokenTo and extractAPIKeySchemeTo: the Tyk token scheme `name` and its OpenAPI apiKey scheme
 * → `use_standard_auth` and `auth_configs.authToken` (sources, signature check, the old `enableClientCertificate`
 * unless `certificateAuth` is set), starting from the `authToken` config certificateAuth may have written.
 */
export function extractToken(doc: JsonObject, name: string, out: JsonObject): void {
  const configs = isJsonObject(out.auth_configs) ? out.auth_configs : {};
  out.auth_configs = configs;
  const config: JsonObject = isJsonObject(configs.authToken) ? { ...configs.authToken } : { disable_header: true };
  const tyk = objectAt(tykExtension(doc), 'server', 'authentication', 'securitySchemes', name);
  if (tyk) {
    Object.assign(config, extractAuthSources(tyk));
    if (isJsonObject(tyk.signatureValidation)) signatureToClassic(tyk.signatureValidation, config);
    const certificateAuth = objectAt(tykExtension(doc), 'server', 'authentication', 'certificateAuth');
    if (tyk.enableClientCertificate === true && !certificateAuth) config.use_certificate = true;
  }
  out.use_standard_auth = tyk?.enabled === true;
  const native = objectAt(doc, 'components', 'securitySchemes', name);
  config.name = name;
  const key = stringAt(native, 'name');
  switch (stringAt(native, 'in')) {
    case 'header':
      Object.assign(config, { auth_header_name: key, disable_header: false });
      break;
    case 'query':
      Object.assign(config, { param_name: key, use_param: true });
      break;
    case 'cookie':
      Object.assign(config, { cookie_name: key, use_cookie: true });
      break;
  }
  configs.authToken = config;
}

/** extractSecurityTo: of several apiKey schemes in one requirement, the enabled one (else the first) is extracted. */
export function tokenToExtract(doc: JsonObject, names: string[]): string | undefined {
  const keys = names.filter((name) => stringAt(objectAt(doc, 'components', 'securitySchemes', name), 'type') === 'apiKey');
  if (keys.length <= 1) return keys[0];
  const schemes = objectAt(tykExtension(doc), 'server', 'authentication', 'securitySchemes') ?? {};
  return keys.find((name) => isJsonObject(schemes[name]) && schemes[name].enabled === true) ?? keys[0];
}
