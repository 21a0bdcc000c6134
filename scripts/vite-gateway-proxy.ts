import type { Connect, Plugin } from 'vite';
import { allowedHostsFrom } from '../server/gateway-guard.mjs';
import { createGatewayProxy, isGatewayPath } from '../server/gateway-proxy.mjs';

/**
 * The dev and preview servers' gateway proxy: the production server's own (server/gateway-proxy.mjs), so
 * the guard against other sites and the marking of the proxy's failures are the same everywhere. Without
 * TYK_GATEWAY_URL there is no proxy: the page runs its embedded gateway.
 */
export function viteGatewayProxy(env: Record<string, string>): Plugin {
  const target = env.TYK_GATEWAY_URL;
  const proxy = target
    ? createGatewayProxy({
        target,
        secret: env.TYK_GATEWAY_SECRET ?? '',
        allowedHosts: allowedHostsFrom(env.PLUGIN_STUDIO_ALLOWED_HOSTS),
        ...(env.PLUGIN_STUDIO_GATEWAY_TIMEOUT_MS ? { timeoutMs: Number(env.PLUGIN_STUDIO_GATEWAY_TIMEOUT_MS) } : {}),
      })
    : undefined;
  // Added before Vite's own middlewares, so /tyk never reaches its file serving or SPA fallback.
  const install = (server: { middlewares: Connect.Server }) => {
    if (proxy) server.middlewares.use((req, res, next) => (isGatewayPath(req.url) ? proxy(req, res) : next()));
  };
  return { name: 'plugin-studio:gateway-proxy', configureServer: install, configurePreviewServer: install };
}
