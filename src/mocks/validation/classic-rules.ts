import type { JsonObject, JsonValue } from '../../domain/json';
import { isJsonObject } from '../../domain/json';

/**
 * apidef/validator.go DefaultValidationRuleSet, run on every Classic write and on the Classic definition an
 * OAS write is extracted to. Each rule returns its errors in the gateway's words; the handler answers with
 * the first (gateway/api.go validateAPIDef).
 */

function obj(value: JsonValue | undefined): JsonObject {
  return isJsonObject(value) ? value : {};
}

function list(value: JsonValue | undefined): JsonValue[] {
  return Array.isArray(value) ? value : [];
}

/** Go's %q for a string: JSON's quoting is close enough for the addresses users type. */
const quote = (text: string) => JSON.stringify(text);

/** RuleUniqueDataSourceNames: graphql.engine.data_sources names, trimmed and lower-cased. */
function uniqueDataSourceNames(def: JsonObject): string[] {
  const seen = new Set<string>();
  for (const source of list(obj(obj(def.graphql).engine).data_sources)) {
    const name = String(obj(source).name ?? '').trim().toLowerCase();
    if (seen.has(name)) return ['duplicate data source names are not allowed'];
    seen.add(name);
  }
  return [];
}

/** Which flag turns each `auth_configs` entry on (validator.go shouldValidateAuthSource). */
const AUTH_SOURCE_FLAG: Record<string, string> = {
  authToken: 'use_standard_auth',
  jwt: 'enable_jwt',
  hmac: 'enable_signature_checking',
  oauth: 'use_oauth2',
  oidc: 'use_openid',
  coprocess: 'enable_coprocess_auth',
};

/** RuleAtLeastEnableOneAuthSource: an enabled auth method reads its key from the header, a cookie or the query. */
function atLeastOneAuthSource(def: JsonObject): string[] {
  const configs = obj(def.auth_configs);
  const errors: string[] = [];
  for (const name of Object.keys(configs).sort()) {
    const flag = AUTH_SOURCE_FLAG[name];
    if (!flag || def[flag] !== true) continue;
    const config = obj(configs[name]);
    if (!(config.use_param === true || config.use_cookie === true || config.disable_header !== true)) {
      errors.push(`all auth sources are disabled for ${name}, at least one of header/cookie/query must be enabled`);
    }
  }
  return errors;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function isIp(text: string): boolean {
  if (IPV4.test(text)) return true;
  if (!text.includes(':') || /[^0-9a-fA-F:.]/.test(text)) return false;
  try {
    new URL(`http://[${text}]/`);
    return true;
  } catch {
    return false;
  }
}

/** Go's net.ParseIP, or net.ParseCIDR when the entry has one "/". */
function isIpOrCidr(entry: string): boolean {
  if ((entry.match(/\//g) ?? []).length !== 1) return isIp(entry);
  const [ip = '', bits = ''] = entry.split('/');
  const max = IPV4.test(ip) ? 32 : 128;
  return isIp(ip) && /^\d+$/.test(bits) && Number(bits) <= max;
}

/** RuleValidateIPList: allowed_ips and blacklisted_ips, when their switch is on. */
function ipLists(def: JsonObject): string[] {
  const errors: string[] = [];
  const check = (on: JsonValue | undefined, ips: JsonValue | undefined) => {
    if (on !== true) return;
    for (const ip of list(ips)) if (typeof ip === 'string' && !isIpOrCidr(ip)) errors.push(`invalid IP/CIDR ${quote(ip)}`);
  };
  check(def.enable_ip_whitelisting, def.allowed_ips);
  check(def.enable_ip_blacklisting, def.blacklisted_ips);
  return errors;
}

function negative(value: JsonValue | undefined): boolean {
  return (typeof value === 'number' && value < 0) || (typeof value === 'string' && value.trim().startsWith('-'));
}

/** RuleValidateGlobalEnforceTimeout and RuleValidateEnforceTimeout: no negative timeouts in any version. */
function timeouts(def: JsonObject): string[] {
  const versions = Object.values(obj(obj(def.version_data).versions)).map(obj);
  if (versions.some((version) => negative(version.global_enforce_timeout))) return ['invalid global timeout value'];
  for (const version of versions) {
    for (const entry of list(obj(version.extended_paths).hard_timeouts)) {
      if (negative(obj(entry).timeout) || negative(obj(entry).duration)) return ['invalid timeout value'];
    }
  }
  return [];
}

/** RuleUpstreamAuth: one upstream auth mode; OAuth with exactly one known grant and a known client auth method. */
function upstreamAuth(def: JsonObject): string[] {
  const auth = obj(def.upstream_auth);
  if (auth.enabled !== true) return [];
  const basic = obj(auth.basic_auth);
  const oauth = obj(auth.oauth);
  const errors: string[] = [];
  if (basic.enabled === true && oauth.enabled === true) errors.push('multiple upstream authentication modes not allowed');
  if (oauth.enabled !== true) return errors;
  const types = list(oauth.allowed_authorize_types);
  if (types.length === 0) return [...errors, 'upstream OAuth authorization type is required'];
  if (types.length > 1) errors.push('multiple upstream OAuth authorization type not allowed');
  if (types[0] !== 'clientCredentials' && types[0] !== 'password') errors.push('invalid OAuth authorization type');
  for (const method of [obj(oauth.client_credentials).method, obj(oauth.password).method]) {
    if (typeof method === 'string' && method !== '' && method !== 'client_secret_basic' && method !== 'client_secret_post') {
      errors.push('invalid upstream OAuth client authentication method, valid values are: client_secret_basic, client_secret_post');
      break;
    }
  }
  return errors;
}

/** RuleLoadBalancingTargets: load balancing needs at least one target. */
function loadBalancingTargets(def: JsonObject): string[] {
  const proxy = obj(def.proxy);
  if (proxy.enable_load_balancing !== true) return [];
  return list(proxy.target_list).length === 0
    ? ['all load balancing targets have weight 0, at least one target must have weight > 0']
    : [];
}

const RULES = [uniqueDataSourceNames, atLeastOneAuthSource, ipLists, timeouts, upstreamAuth, loadBalancingTargets];

/** Every rule's errors, in the rule set's order. */
export function classicValidationErrors(def: JsonObject): string[] {
  return RULES.flatMap((rule) => rule(def));
}

/** The gateway's 400 message for a definition the rules refuse, or undefined when they accept it. */
export function classicValidationMessage(def: JsonObject): string | undefined {
  const [first] = classicValidationErrors(def);
  return first === undefined ? undefined : `Validation of API Definition failed. Reason: ${first}.`;
}
