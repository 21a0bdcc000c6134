// @ts-check
import Fastify from 'fastify';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { resolve } from 'node:path';
import { createGatewayProxy, PROXY_HEADER } from './gateway-proxy.mjs';
import { CSP_DIRECTIVES } from './security-headers.mjs';
import { indexHtmlFor } from './index-html.mjs';
import { publicGateways } from './gateways-config.mjs';
import { createNamedGatewayProxy } from './named-gateways.mjs';

/**
 * @typedef {object} ServerOptions
 * @property {string} distDir  the built app (`npm run build`)
 * @property {string} gatewayUrl  TYK_GATEWAY_URL; '' runs the app on its embedded gateway
 * @property {string} gatewaySecret
 * @property {readonly import('./gateways-config.mjs').GatewayEntry[]} [gateways]  named gateways (PLUGIN_STUDIO_GATEWAYS)
 * @property {readonly string[]} allowedHosts
 * @property {number} [gatewayTimeoutMs]
 * @property {boolean} [logger]
 */

/** File names under /assets/ carry a content hash: a changed file is a new name, so they are kept for good. */
const FOREVER = 'public, max-age=31536000, immutable';
/** Everything else (the page, the service workers, the icon) is checked on each load. */
const REVALIDATE = 'no-cache';

/**
 * The production server: the built app with its security headers, and the guarded gateway proxy.
 * @param {ServerOptions} options
 */
export async function createServer(options) {
  const distDir = resolve(options.distDir);
  const app = Fastify({ logger: options.logger ?? false, trustProxy: false });
  const gateways = options.gateways ?? [];
  const indexHtml = indexHtmlFor(distDir, options.gatewayUrl, publicGateways(gateways));

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    // HSTS belongs to whatever terminates TLS in front of this server; over plain HTTP browsers ignore it.
    strictTransportSecurity: false,
  });

  await app.register(fastifyStatic, {
    root: distDir,
    index: false,
    // The page itself is served below, with the gateway's URL in it.
    allowedPath: (path) => path !== '/index.html',
    preCompressed: true,
    cacheControl: false,
    dotfiles: 'ignore',
    setHeaders(reply, path) {
      reply.header('cache-control', path.includes('/assets/') ? FOREVER : REVALIDATE);
    },
  });

  app.register(async (gateway) => {
    // The body goes to the gateway as it came: nothing here reads or parses it.
    gateway.removeAllContentTypeParsers();
    gateway.addContentTypeParser('*', (_request, _payload, done) => done(null));
    const proxy = options.gatewayUrl
      ? createGatewayProxy({
          target: options.gatewayUrl,
          secret: options.gatewaySecret,
          allowedHosts: options.allowedHosts,
          ...(options.gatewayTimeoutMs ? { timeoutMs: options.gatewayTimeoutMs } : {}),
        })
      : undefined;
    const handler = (/** @type {import('fastify').FastifyRequest} */ request, /** @type {import('fastify').FastifyReply} */ reply) => {
      if (!proxy) {
        reply
          .code(502)
          .header(PROXY_HEADER, 'unreachable')
          .header('cache-control', 'no-store')
          .send({ status: 'error', message: 'This server has no gateway: start it with TYK_GATEWAY_URL set (the page answers from its embedded gateway otherwise).' });
        return;
      }
      reply.hijack();
      proxy(request.raw, reply.raw);
    };
    gateway.all('/tyk', handler);
    gateway.all('/tyk/*', handler);

    const named =
      gateways.length > 0
        ? createNamedGatewayProxy({ gateways, allowedHosts: options.allowedHosts, ...(options.gatewayTimeoutMs ? { timeoutMs: options.gatewayTimeoutMs } : {}) })
        : undefined;
    const namedHandler = (/** @type {import('fastify').FastifyRequest} */ request, /** @type {import('fastify').FastifyReply} */ reply) => {
      if (!named) {
        reply
          .code(404)
          .header(PROXY_HEADER, 'unknown-gateway')
          .header('cache-control', 'no-store')
          .send({ status: 'error', message: 'This server has no named gateways: start it with PLUGIN_STUDIO_GATEWAYS naming a gateways file.' });
        return;
      }
      reply.hijack();
      named(request.raw, reply.raw);
    };
    gateway.all('/gw', namedHandler);
    gateway.all('/gw/*', namedHandler);
  });

  const sendIndex = (/** @type {import('fastify').FastifyReply} */ reply) =>
    reply.type('text/html; charset=utf-8').header('cache-control', REVALIDATE).send(indexHtml);
  app.get('/', (_request, reply) => sendIndex(reply));

  // Any other page address is one of the app's routes (/apis/…, /drafts): the app's router draws it.
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = (request.method === 'GET' || request.method === 'HEAD') && /text\/html/.test(request.headers.accept ?? '');
    if (wantsPage && !request.url.startsWith('/assets/')) return sendIndex(reply);
    return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
  });

  return app;
}
