import { isJsonObject, type JsonObject, type JsonValue } from '../json';
import { isDefault } from './unmapped';
import { list, obj, str } from './values';

/**
 * Upstream authentication (apidef/oas/upstream.go UpstreamAuth, UpstreamBasicAuth, UpstreamOAuth,
 * ClientCredentials, PasswordAuthentication, UpstreamRequestSigning): Classic `upstream_auth` and
 * `request_signing` ↔ `upstream.authentication`.
 */

type Kind = 'string' | 'list' | 'flag' | 'source';
/** One struct field: its Classic and OAS keys, its JSON kind, and whether Go leaves it out when empty. */
interface Field {
  classic: string;
  oas: string;
  kind: Kind;
  omitEmpty?: boolean;
}

const CLIENT: Field[] = [
  { classic: 'client_id', oas: 'clientId', kind: 'string' },
  { classic: 'client_secret', oas: 'clientSecret', kind: 'string', omitEmpty: true },
  { classic: 'method', oas: 'method', kind: 'string', omitEmpty: true },
  { classic: 'header', oas: 'header', kind: 'source' },
];
const TOKEN: Field[] = [
  { classic: 'token_url', oas: 'tokenUrl', kind: 'string' },
  { classic: 'scopes', oas: 'scopes', kind: 'list', omitEmpty: true },
  { classic: 'extra_metadata', oas: 'extraMetadata', kind: 'list', omitEmpty: true },
];
const CREDENTIALS: Field[] = [
  { classic: 'username', oas: 'username', kind: 'string' },
  { classic: 'password', oas: 'password', kind: 'string' },
];

/** ClientCredentials.Fill/ExtractTo. */
const CLIENT_CREDENTIALS = [...CLIENT, ...TOKEN];
/** PasswordAuthentication.Fill/ExtractTo. */
const PASSWORD = [...CLIENT, ...CREDENTIALS, ...TOKEN];
/** UpstreamBasicAuth.Fill/ExtractTo. */
const BASIC: Field[] = [{ classic: 'enabled', oas: 'enabled', kind: 'flag' }, { classic: 'header', oas: 'header', kind: 'source' }, ...CREDENTIALS];
/** UpstreamRequestSigning.Fill/ExtractTo, from the top-level Classic `request_signing`. */
const SIGNING: Field[] = [
  { classic: 'is_enabled', oas: 'enabled', kind: 'flag' },
  { classic: 'signature_header', oas: 'signatureHeader', kind: 'string', omitEmpty: true },
  { classic: 'algorithm', oas: 'algorithm', kind: 'string', omitEmpty: true },
  { classic: 'key_id', oas: 'keyId', kind: 'string', omitEmpty: true },
  { classic: 'header_list', oas: 'headers', kind: 'list', omitEmpty: true },
  { classic: 'secret', oas: 'secret', kind: 'string', omitEmpty: true },
  { classic: 'certificate_id', oas: 'certificateId', kind: 'string', omitEmpty: true },
];

/** AuthSource.Fill: {enabled, name}, name `omitempty`; the whole source left out when it says nothing. */
function sourceToOas(value: JsonValue | undefined): JsonObject | undefined {
  const source = obj(value);
  const out: JsonObject = { enabled: source.enabled === true };
  if (str(source.name)) out.name = str(source.name);
  return isDefault(out) ? undefined : out;
}

function read(value: JsonValue | undefined, kind: Kind): JsonValue | undefined {
  if (kind === 'string') return str(value);
  if (kind === 'list') return list(value);
  if (kind === 'flag') return value === true;
  return sourceToOas(value);
}

/** A struct's Fill: every field, the `omitempty` ones only when set; undefined when all are empty (ShouldOmit). */
function fill(source: JsonValue | undefined, fields: readonly Field[]): JsonObject | undefined {
  const src = obj(source);
  const out: JsonObject = {};
  for (const field of fields) {
    const value = read(src[field.classic], field.kind);
    if (value !== undefined && !(field.omitEmpty && isDefault(value))) out[field.oas] = value;
  }
  return isDefault(out) ? undefined : out;
}

/** A struct's ExtractTo: every field back under its Classic name (an absent source reads as off). */
function extract(source: JsonObject, fields: readonly Field[]): JsonObject {
  const out: JsonObject = {};
  for (const field of fields) {
    const value = source[field.oas];
    if (field.kind === 'source') {
      const s = obj(value);
      out[field.classic] = { enabled: s.enabled === true, name: str(s.name) };
      continue;
    }
    const classic = field.kind === 'list' ? list(value) : field.kind === 'flag' ? value === true : str(value);
    if (!(field.omitEmpty && isDefault(classic))) out[field.classic] = classic;
  }
  return out;
}

/** UpstreamOAuth.Fill: `allowedAuthorizeTypes` is always written (the schema requires it). */
function oauthToOas(value: JsonValue | undefined): JsonObject | undefined {
  const oauth = obj(value);
  const out: JsonObject = { enabled: oauth.enabled === true, allowedAuthorizeTypes: list(oauth.allowed_authorize_types) };
  const credentials = fill(oauth.client_credentials, CLIENT_CREDENTIALS);
  if (credentials) out.clientCredentials = credentials;
  const password = fill(oauth.password, PASSWORD);
  if (password) out.password = password;
  return isDefault(out) ? undefined : out;
}

/** UpstreamAuth.Fill: `upstream_auth` plus `request_signing`; left out when it all says nothing. */
export function upstreamAuthToOas(doc: JsonObject): JsonObject | undefined {
  const auth = obj(doc.upstream_auth);
  const out: JsonObject = { enabled: auth.enabled === true };
  const basic = fill(auth.basic_auth, BASIC);
  if (basic) out.basicAuth = basic;
  const oauth = oauthToOas(auth.oauth);
  if (oauth) out.oauth = oauth;
  const signing = fill(doc.request_signing, SIGNING);
  if (signing) out.requestSigning = signing;
  return isDefault(out) ? undefined : out;
}

/** UpstreamAuth.ExtractTo: `upstream_auth` (the parts the OAS object has) and `request_signing`. */
export function upstreamAuthToClassic(auth: JsonObject, out: JsonObject): void {
  const classic: JsonObject = { enabled: auth.enabled === true };
  if (isJsonObject(auth.basicAuth)) classic.basic_auth = extract(auth.basicAuth, BASIC);
  if (isJsonObject(auth.oauth)) {
    const oauth: JsonObject = { enabled: auth.oauth.enabled === true, allowed_authorize_types: list(auth.oauth.allowedAuthorizeTypes) };
    if (isJsonObject(auth.oauth.clientCredentials)) oauth.client_credentials = extract(auth.oauth.clientCredentials, CLIENT_CREDENTIALS);
    if (isJsonObject(auth.oauth.password)) oauth.password = extract(auth.oauth.password, PASSWORD);
    classic.oauth = oauth;
  }
  out.upstream_auth = classic;
  if (isJsonObject(auth.requestSigning)) out.request_signing = extract(auth.requestSigning, SIGNING);
}
