import type { Connect, Plugin } from 'vite';
import { allowedHostsFrom } from '../server/gateway-guard.mjs';
import { createGatewayProxy, isGatewayPath } from '../server/gateway-proxy.mjs';
import { gatewaysFromEnvironment, publicGateways } from '../server/gateways-config.mjs';
import { createNamedGatewayProxy, isNamedGatewayPath } from '../server/named-gateways.mjs';

/**
 * The dev and preview servers' gateway proxy: the production server's own (server/gateway-proxy.mjs), so
 * the guard against other sites and the marking of the proxy's failures are the same everywhere. Without
 * TYK_GATEWAY_URL or a gateways file (PLUGIN_STUDIO_GATEWAYS) there is no proxy: the page runs its embedded
 * gateway.
 */
export function viteGatewayProxy(env: Record<string, string>): Plugin {
  const target = env.TYK_GATEWAY_URL;
  const allowedHosts = allowedHostsFrom(env.PLUGIN_STUDIO_ALLOWED_HOSTS);
  const timeout = env.PLUGIN_STUDIO_GATEWAY_TIMEOUT_MS ? { timeoutMs: Number(env.PLUGIN_STUDIO_GATEWAY_TIMEOUT_MS) } : {};
  const proxy = target ? createGatewayProxy({ target, secret: env.TYK_GATEWAY_SECRET ?? '', allowedHosts, ...timeout }) : undefined;
  const { gateways, warnings } = gatewaysFromEnvironment(env);
  for (const warning of warnings) console.warn(`plugin-studio: ${warning}`);
  const named = gateways.length > 0 ? createNamedGatewayProxy({ gateways, allowedHosts, ...timeout }) : undefined;
  // Added before Vite's own middlewares, so /tyk and /gw never reach its file serving or SPA fallback.
  const install = (server: { middlewares: Connect.Server }) => {
    server.middlewares.use((req, res, next) => {
      if (proxy && isGatewayPath(req.url)) return proxy(req, res);
      if (named && isNamedGatewayPath(req.url)) return named(req, res);
      next();
    });
  };
  return { name: 'plugin-studio:gateway-proxy', configureServer: install, configurePreviewServer: install };
}

/** The gateways file's names and URLs for the page (`__GATEWAYS__`), as JSON text; '' without a file. */
export function publicGatewaysJson(env: Record<string, string>): string {
  const { gateways } = gatewaysFromEnvironment(env);
  return gateways.length > 0 ? JSON.stringify(publicGateways(gateways)) : '';
}
