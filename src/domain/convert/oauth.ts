import { isJsonObject, type JsonObject, type JsonValue } from '../json';
import type { Finding } from '../pipeline/model';
import { isDefault, notConverted } from './unmapped';
import { extractAuthSources, fillAuthSources } from './server-mappings';
import type { AuthTargets } from './classic-auth-to-oas';

const str = (value: JsonValue | undefined): string => (typeof value === 'string' ? value : '');
const list = (value: JsonValue | undefined): JsonValue[] => (Array.isArray(value) ? value : []);

/** Top-level Classic fields Tyk's own OAuth 2.0 conversion carries (beside `auth_configs.oauth`). */
export const OAUTH_CLASSIC_FIELDS = ['use_oauth2', 'oauth_meta', 'notifications'];
/** The Tyk OAuth scheme's fields (security.go OAuth). */
export const OAUTH_FIELDS = ['enabled', 'header', 'query', 'cookie', 'allowedAuthorizeTypes', 'refreshToken', 'authLoginRedirect', 'notifications'];

/** osin access types and the OpenAPI flow each becomes, in extractOAuthSchemeTo's order (security.go fillOAuthScheme). */
const FLOWS = [
  { access: 'authorization_code', flow: 'authorizationCode', urls: ['authorizationUrl', 'tokenUrl'] },
  { access: 'client_credentials', flow: 'clientCredentials', urls: ['tokenUrl'] },
  { access: 'password', flow: 'password', urls: ['tokenUrl'] },
  { access: '__implicit', flow: 'implicit', urls: ['authorizationUrl'] },
] as const;
const PLACEHOLDER_URLS: Record<string, string> = { authorizationUrl: '/oauth/authorize', tokenUrl: '/oauth/token' };

/** A flow with Tyk's placeholder URLs and empty scopes where the existing one has none (setAuthorizationURLIfEmpty, …). */
export function flowWithDefaults(existing: JsonValue | undefined, urls: readonly string[]): JsonObject {
  const flow: JsonObject = isJsonObject(existing) ? { ...existing } : {};
  for (const url of urls) if (str(flow[url]) === '') flow[url] = PLACEHOLDER_URLS[url] ?? '';
  if (!isJsonObject(flow.scopes)) flow.scopes = {};
  return flow;
}

/** security.go fillOAuthScheme: an oauth2 OpenAPI scheme with one flow per allowed access type (refresh tokens have none). */
function oauthScheme(existing: JsonValue | undefined, accessTypes: JsonValue[]): JsonObject {
  const scheme: JsonObject = isJsonObject(existing) ? { ...existing } : {};
  const flows: JsonObject = isJsonObject(scheme.flows) ? { ...scheme.flows } : {};
  for (const { access, flow, urls } of FLOWS) {
    if (accessTypes.includes(access)) flows[flow] = flowWithDefaults(flows[flow], urls);
  }
  return { ...scheme, type: 'oauth2', flows };
}

/**
 * security.go fillOAuth, which returns early without `auth_configs.oauth.name`: `use_oauth2`, `auth_configs.oauth`,
 * `oauth_meta` and `notifications` → an oauth2 OpenAPI scheme, its `security` entry and the Tyk OAuth scheme.
 */
export function fillOAuth(doc: JsonObject, t: AuthTargets, out: Finding[]): void {
  const config = isJsonObject(doc.auth_configs) && isJsonObject(doc.auth_configs.oauth) ? doc.auth_configs.oauth : undefined;
  const name = str(config?.name);
  if (!config || name === '') {
    const why = 'auth_configs.oauth.name is empty: Tyk names the security scheme after it';
    if (doc.use_oauth2 === true) out.push(notConverted(['use_oauth2'], 'oas', why));
    else for (const key of ['oauth_meta', 'notifications']) if (!isDefault(doc[key])) out.push(notConverted([key], 'oas', why));
    return;
  }
  const meta = isJsonObject(doc.oauth_meta) ? doc.oauth_meta : {};
  const accessTypes = list(meta.allowed_access_types);
  t.components[name] = oauthScheme(t.components[name], accessTypes);
  t.requirement[name] = [];
  const oauth: JsonObject = { enabled: doc.use_oauth2 === true, ...fillAuthSources(config) };
  const authorizeTypes = list(meta.allowed_authorize_types);
  if (authorizeTypes.length) oauth.allowedAuthorizeTypes = authorizeTypes;
  if (accessTypes.includes('refresh_token')) oauth.refreshToken = true;
  if (str(meta.auth_login_redirect)) oauth.authLoginRedirect = meta.auth_login_redirect as string;
  const notifications = isJsonObject(doc.notifications) ? doc.notifications : {};
  const filled: JsonObject = {};
  if (str(notifications.shared_secret)) filled.sharedSecret = notifications.shared_secret as string;
  if (str(notifications.oauth_on_keychange_url)) filled.onKeyChangeUrl = notifications.oauth_on_keychange_url as string;
  if (Object.keys(filled).length) oauth.notifications = filled;
  t.schemes[name] = oauth;
}

/**
 * security.go extractOAuthTo and extractOAuthSchemeTo: the Tyk OAuth scheme `name` → `use_oauth2`, `oauth_meta`
 * (authorize types, login redirect, refresh token, then one access type per OpenAPI flow), `notifications` and
 * `auth_configs.oauth`.
 */
export function extractOAuth(oauth: JsonObject, native: JsonObject | undefined, name: string, out: JsonObject): void {
  out.use_oauth2 = oauth.enabled === true;
  const accessTypes: JsonValue[] = oauth.refreshToken === true ? ['refresh_token'] : [];
  const flows = isJsonObject(native?.flows) ? native.flows : {};
  for (const { access, flow } of FLOWS) if (flows[flow] !== undefined && flows[flow] !== null) accessTypes.push(access);
  out.oauth_meta = {
    allowed_access_types: accessTypes,
    allowed_authorize_types: list(oauth.allowedAuthorizeTypes),
    auth_login_redirect: str(oauth.authLoginRedirect),
  };
  if (isJsonObject(oauth.notifications)) {
    out.notifications = { shared_secret: str(oauth.notifications.sharedSecret), oauth_on_keychange_url: str(oauth.notifications.onKeyChangeUrl) };
  }
  const configs = isJsonObject(out.auth_configs) ? out.auth_configs : {};
  configs.oauth = { name, ...extractAuthSources(oauth) };
  out.auth_configs = configs;
}
