// @ts-check
/**
 * Who may use the gateway proxy. The proxy adds the gateway's secret to every call it forwards, so a call
 * it accepts acts with the gateway's full authority: only the app's own pages may make one. A browser
 * tells us where a call comes from (Origin, Sec-Fetch-Site); a page on another site cannot send a custom
 * header or a JSON body without a CORS preflight, which this proxy never grants.
 */

/** The header the app sends with every gateway call; a cross-site form or image cannot send it. */
export const APP_REQUEST_HEADER = 'x-plugin-studio-request';

/** Host names that only this machine can reach: a proxy listening on loopback is not on the network. */
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);
const ALLOWED_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The host names the proxy answers to: loopback, plus those named in PLUGIN_STUDIO_ALLOWED_HOSTS (a
 * comma-separated list, for a team server behind a name). Checking Host stops DNS rebinding, where a
 * hostile name resolves to this machine and its page becomes "same origin" with the proxy.
 * @param {string | undefined} extra
 * @returns {string[]}
 */
export function allowedHostsFrom(extra) {
  const named = (extra ?? '')
    .split(',')
    .map((host) => host.trim().toLowerCase())
    .filter((host) => host !== '');
  return [...LOOPBACK_HOSTS, ...named];
}

/** @param {string} hostHeader  `name` or `name:port`, IPv6 in brackets */
function hostName(hostHeader) {
  const host = hostHeader.trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  return host.split(':')[0] ?? '';
}

/**
 * @param {string} name
 * @param {readonly string[]} allowed
 */
function isAllowedHost(name, allowed) {
  return allowed.includes(name) || name.endsWith('.localhost');
}

/** @param {string | string[] | undefined} value */
function single(value) {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * @typedef {object} GatewayCall
 * @property {string} method
 * @property {Record<string, string | string[] | undefined>} headers  Node's lower-cased request headers
 */

/**
 * Why this call may not use the proxy, or undefined when it may. Each reason says what is wrong, so a
 * refused developer knows what to change.
 * @param {GatewayCall} call
 * @param {readonly string[]} allowedHosts
 * @returns {string | undefined}
 */
export function refusalOf(call, allowedHosts) {
  const method = call.method.toUpperCase();
  const headers = call.headers;
  if (!ALLOWED_METHODS.has(method)) {
    return `${method} is not forwarded to the gateway (the app's own pages never send it, and no cross-site caller is served).`;
  }
  const host = single(headers.host) ?? '';
  if (!isAllowedHost(hostName(host), allowedHosts)) {
    return `the host "${host}" is not one this server answers gateway calls for; add it to PLUGIN_STUDIO_ALLOWED_HOSTS if it is yours.`;
  }
  const site = single(headers['sec-fetch-site']);
  if (site !== undefined && site !== 'same-origin') {
    return `the call comes from another site (Sec-Fetch-Site: ${site}); only the app's own pages may use the gateway.`;
  }
  const origin = single(headers.origin);
  if (origin !== undefined && originHost(origin) !== host.toLowerCase()) {
    return `the call comes from ${origin}, not from this app (${host}); only the app's own pages may use the gateway.`;
  }
  if (single(headers[APP_REQUEST_HEADER]) !== '1') {
    return `the ${APP_REQUEST_HEADER} header is missing; the app sends it with every gateway call, a form on another site cannot.`;
  }
  const type = (single(headers['content-type']) ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const hasBody = METHODS_WITH_BODY.has(method) || Number(single(headers['content-length']) ?? 0) > 0 || headers['transfer-encoding'] !== undefined;
  if (hasBody && type !== 'application/json') {
    return `the body is ${type === '' ? 'untyped' : type}, not application/json; the gateway's API takes JSON only.`;
  }
  return undefined;
}

/** @param {string} origin */
function originHost(origin) {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    // "null" (sandboxed frames, file: pages) and other unreadable origins match no host.
    return `unreadable origin ${origin}`;
  }
}
