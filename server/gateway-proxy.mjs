// @ts-check
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { refusalOf } from './gateway-guard.mjs';

/**
 * The one gateway proxy, used by the Vite dev and preview servers and by the production server alike:
 * `/tyk/*` from the app's own pages goes to TYK_GATEWAY_URL with the secret added here, so neither CORS
 * nor the secret reach the browser. Its own failures are marked (PROXY_HEADER), so the app can tell a
 * stopped gateway from a gateway that answered with an error.
 */

/** Set on every answer the proxy makes itself: `refused`, `unreachable`, `reset` or `timeout`. */
export const PROXY_HEADER = 'x-plugin-studio-proxy';

/** How long a gateway may stay silent before the proxy gives up (longer than the app's own timeouts). */
export const DEFAULT_GATEWAY_TIMEOUT_MS = 60_000;

/** Headers that describe one connection, not the message: never passed on (RFC 9110 7.6.1). */
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade'];
/** The browser's own context, which the gateway has no use for; cookies are the app's, not the gateway's. */
const NOT_FOR_THE_GATEWAY = ['host', 'cookie', 'origin', 'referer', 'x-tyk-authorization', 'x-plugin-studio-request'];

/**
 * @typedef {object} GatewayProxyOptions
 * @property {string} target  TYK_GATEWAY_URL
 * @property {string} secret  TYK_GATEWAY_SECRET
 * @property {readonly string[]} allowedHosts  see allowedHostsFrom
 * @property {number} [timeoutMs]
 */

/**
 * @typedef {import('node:http').IncomingMessage} Req
 * @typedef {import('node:http').ServerResponse} Res
 */

/** True for the paths the proxy serves: `/tyk` and below. @param {string | undefined} url */
export function isGatewayPath(url) {
  return url === '/tyk' || (url ?? '').startsWith('/tyk/') || (url ?? '').startsWith('/tyk?');
}

/**
 * An answer the proxy makes itself, marked with PROXY_HEADER.
 * @param {Res} res
 * @param {number} status
 * @param {'refused' | 'unreachable' | 'reset' | 'timeout' | 'unknown-gateway'} mark
 * @param {string} message
 */
export function answer(res, status, mark, message) {
  if (res.headersSent) {
    // The gateway's answer had started: all that can be done is to cut it, which the page sees as broken off.
    res.destroy();
    return;
  }
  const body = JSON.stringify({ status: 'error', message });
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    [PROXY_HEADER]: mark,
  });
  res.end(body);
}

/**
 * What went wrong reaching the gateway, from Node's error codes.
 * @param {NodeJS.ErrnoException} error
 * @returns {'unreachable' | 'reset'}
 */
export function failureKind(error) {
  const code = error.code ?? '';
  if (['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'HPE_INVALID_CONSTANT', 'ERR_STREAM_PREMATURE_CLOSE'].includes(code) || code.startsWith('HPE_')) return 'reset';
  return 'unreachable';
}

/**
 * A request handler for `/tyk/*`: refuses callers that are not the app (403, with the reason), forwards the
 * rest with the secret, and answers the proxy's own failures as 502/504 marked with PROXY_HEADER.
 * @param {GatewayProxyOptions} options
 * @returns {(req: Req, res: Res) => void}
 */
export function createGatewayProxy(options) {
  const target = new URL(options.target);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  // A fresh connection per call: a kept-alive socket the gateway has since closed fails as a "reset", which
  // would blame the gateway for the proxy's stale socket.
  const agent = target.protocol === 'https:' ? new HttpsAgent({ keepAlive: false }) : new HttpAgent({ keepAlive: false });
  const timeoutMs = options.timeoutMs ?? DEFAULT_GATEWAY_TIMEOUT_MS;
  const where = target.origin + target.pathname.replace(/\/$/, '');

  return (req, res) => {
    const refusal = refusalOf({ method: req.method ?? 'GET', headers: req.headers }, options.allowedHosts);
    if (refusal) return answer(res, 403, 'refused', `Plugin Studio's gateway proxy refused this call: ${refusal}`);
    // `..` segments are resolved before the check, so no path leaves /tyk.
    const path = new URL(req.url ?? '/', 'http://proxy.invalid');
    if (!isGatewayPath(path.pathname)) return answer(res, 403, 'refused', `Plugin Studio's gateway proxy refused this call: ${path.pathname} is not under /tyk/.`);

    /** @type {Record<string, string | string[]>} */
    const headers = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined || HOP_BY_HOP.includes(name) || NOT_FOR_THE_GATEWAY.includes(name) || name.startsWith('sec-')) continue;
      headers[name] = value;
    }
    headers['x-tyk-authorization'] = options.secret;
    headers.host = target.host;

    let settled = false;
    const outgoing = send(
      {
        protocol: target.protocol,
        hostname: target.hostname,
        port: target.port,
        method: req.method,
        agent,
        path: target.pathname.replace(/\/$/, '') + path.pathname + path.search,
        headers,
      },
      (incoming) => {
        /** @type {Record<string, string | string[]>} */
        const back = {};
        for (const [name, value] of Object.entries(incoming.headers)) {
          if (value !== undefined && !HOP_BY_HOP.includes(name) && name !== 'set-cookie') back[name] = value;
        }
        res.writeHead(incoming.statusCode ?? 502, back);
        incoming.pipe(res);
        incoming.on('end', () => (settled = true));
        incoming.on('error', (error) => {
          if (!settled) answer(res, 502, failureKind(error), `The answer from the gateway at ${where} broke off (${error.message}).`);
        });
      },
    );
    outgoing.setTimeout(timeoutMs, () => {
      if (settled) return;
      settled = true;
      answer(res, 504, 'timeout', `The gateway at ${where} did not answer within ${Math.round(timeoutMs / 1000)} s.`);
      outgoing.destroy();
    });
    outgoing.on('error', (/** @type {NodeJS.ErrnoException} */ error) => {
      if (settled) return;
      settled = true;
      const kind = failureKind(error);
      const message =
        kind === 'reset'
          ? `The gateway at ${where} closed the connection before answering (${error.code ?? error.message}).`
          : `Could not reach the gateway at ${where} (${error.code ?? error.message}).`;
      answer(res, 502, kind, message);
    });
    // The page gave up (its own timeout, or Cancel): so does the call to the gateway.
    res.on('close', () => {
      if (!res.writableFinished) outgoing.destroy();
    });
    req.pipe(outgoing);
  };
}
