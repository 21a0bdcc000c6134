// @ts-check
import { refusalOf } from './gateway-guard.mjs';
import { answer, createGatewayProxy, isGatewayPath } from './gateway-proxy.mjs';
import { publicGateways } from './gateways-config.mjs';

/**
 * The proxy for the gateways file's named gateways: `/gw/<name>/tyk/...` goes to that gateway's `/tyk/...`
 * with its own secret added here, through the same guarded proxy as the single gateway of TYK_GATEWAY_URL;
 * `GET /gw` lists names and URLs (never a secret).
 */

/** @param {string | undefined} url */
export function isNamedGatewayPath(url) {
  const path = url ?? '';
  return path === '/gw' || path.startsWith('/gw/') || path.startsWith('/gw?');
}

/**
 * @typedef {object} NamedGatewayOptions
 * @property {readonly import('./gateways-config.mjs').GatewayEntry[]} gateways
 * @property {readonly string[]} allowedHosts
 * @property {number} [timeoutMs]
 */

/**
 * @param {NamedGatewayOptions} options
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void}
 */
export function createNamedGatewayProxy(options) {
  const proxies = new Map(
    options.gateways.map((gateway) => [
      gateway.name,
      createGatewayProxy({
        target: gateway.url,
        secret: gateway.secret,
        allowedHosts: options.allowedHosts,
        ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      }),
    ]),
  );
  const list = JSON.stringify({ gateways: publicGateways(options.gateways) });
  const names = options.gateways.map((gateway) => gateway.name).join(', ');

  return (req, res) => {
    const refusal = refusalOf({ method: req.method ?? 'GET', headers: req.headers }, options.allowedHosts);
    if (refusal) return answer(res, 403, 'refused', `Plugin Studio's gateway proxy refused this call: ${refusal}`);
    // `..` segments are resolved first, so no path leaves the gateway it names.
    const url = new URL(req.url ?? '/', 'http://proxy.invalid');
    if (url.pathname === '/gw' || url.pathname === '/gw/') {
      if (req.method !== 'GET') return answer(res, 403, 'refused', `Plugin Studio's gateway proxy refused this call: the list of gateways is read only.`);
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(list) });
      return void res.end(list);
    }
    const match = /^\/gw\/([^/]+)(\/.*)?$/.exec(url.pathname);
    const name = match?.[1] ? safeDecode(match[1]) : '';
    const proxy = proxies.get(name);
    if (!match || !proxy) {
      return answer(res, 404, 'unknown-gateway', `The gateways file (PLUGIN_STUDIO_GATEWAYS) names no gateway "${name}"; it names ${names}.`);
    }
    const rest = match[2] ?? '/';
    if (!isGatewayPath(rest)) return answer(res, 403, 'refused', `Plugin Studio's gateway proxy refused this call: ${rest} is not under /tyk/.`);
    // The single-gateway proxy reads the path from the request: it sees the gateway's own `/tyk/...`.
    req.url = rest + url.search;
    proxy(req, res);
  };
}

/** @param {string} text */
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
