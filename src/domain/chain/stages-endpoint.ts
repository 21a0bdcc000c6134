import { mcpOnly } from './pre-auth-decisions';
import type { EndpointPlugin } from '../pipeline/model';
import { byFormat, flag, off, on, unknown } from './decide';
import { isTrue, objectAt, oasOperationHasEnabled, stringAt, tykExtension } from './fields';
import { hookStage } from './hook-stages';
import { pluginsForRequest } from './match-endpoint';
import type { ChainContext, ChainStage, StageDecision } from './types';

/** Classic `proxy.listen_path`, OAS `server.listenPath.value`. */
export function listenPathOf(ctx: Pick<ChainContext, 'doc' | 'format'>): string {
  return ctx.format === 'classic'
    ? stringAt(ctx.doc, 'proxy', 'listen_path')
    : stringAt(tykExtension(ctx.doc), 'server', 'listenPath', 'value');
}

/** The per-endpoint plugins of a kind this chain is about: all of them, or those a request meets. */
export function endpointPluginsInScope(ctx: ChainContext, kind: EndpointPlugin['kind']): EndpointPlugin[] {
  const all = ctx.model.endpointPlugins.filter((plugin) => plugin.kind === kind);
  return ctx.request ? pluginsForRequest(all, ctx.request, ctx.format, listenPathOf(ctx)) : all;
}

function endpointDecision(
  ctx: ChainContext,
  kind: EndpointPlugin['kind'],
  words: string,
): StageDecision | undefined {
  const inScope = endpointPluginsInScope(ctx, kind);
  if (inScope.length === 0) {
    const any = ctx.model.endpointPlugins.some((plugin) => plugin.kind === kind);
    return off(any && ctx.request ? `${words} only on another endpoint` : `no ${words}`);
  }
  if (!inScope.some((plugin) => plugin.fn.enabled)) return off(`${words} disabled`);
  return undefined;
}

/** VirtualEndpoint.EnabledForSpec: an enabled virtual endpoint, and `enable_jsvm` in tyk.conf. */
function decideVirtual(ctx: ChainContext): StageDecision {
  const blocked = endpointDecision(ctx, 'virtual', 'virtual endpoints');
  if (blocked) return blocked;
  if (!ctx.profile) return unknown('virtual endpoints set; they run only when tyk.conf enables enable_jsvm');
  if (!ctx.profile.enableJsvm)
    return off('enable_jsvm is off: virtual endpoints are left out and requests go upstream (inferred)');
  return on('virtual endpoint answers the request');
}

/** GoPluginMiddleware per path: any `extended_paths.go_plugin` entry not disabled (OAS operation `postPlugins`). */
function decideGoPlugin(ctx: ChainContext): StageDecision {
  return (
    endpointDecision(ctx, 'goPlugin', 'per-endpoint Go plugins') ??
    on('per-endpoint Go plugin (a .so, whatever the driver)')
  );
}

export const ENDPOINT_STAGES: ChainStage[] = [
  {
    id: 'mock-response',
    label: 'Mock response',
    group: 'endpoint',
    kind: 'builtin',
    gatewayName: 'mockResponseMiddleware',
    decide: (ctx) =>
      ctx.format === 'classic'
        ? off('Tyk OAS only')
        : flag(
            oasOperationHasEnabled(ctx.doc, 'mockResponse'),
            'mock responses on some endpoints',
            'no mock responses',
          ),
  },
  {
    id: 'cache',
    label: 'Cache',
    group: 'endpoint',
    kind: 'builtin',
    gatewayName: 'RedisCacheMiddleware',
    decide: (ctx) => cacheDecision(ctx),
  },
  {
    id: 'virtual-endpoints',
    label: 'Virtual endpoints',
    group: 'endpoint',
    kind: 'hook',
    hook: 'virtual',
    gatewayName: 'VirtualEndpoint',
    decide: decideVirtual,
  },
  {
    id: 'request-signing',
    label: 'Request signing',
    group: 'endpoint',
    kind: 'builtin',
    gatewayName: 'RequestSigning',
    decide: (ctx) =>
      byFormat(
        ctx,
        ({ doc }) =>
          flag(isTrue(doc, 'request_signing', 'is_enabled'), 'requests signed', 'request signing off'),
        ({ doc }) =>
          flag(
            isTrue(tykExtension(doc), 'upstream', 'authentication', 'requestSigning', 'enabled'),
            'requests signed',
            'request signing off',
          ),
      ),
  },
  {
    id: 'endpoint-go-plugins',
    label: 'Per-endpoint Go plugins',
    group: 'endpoint',
    kind: 'hook',
    hook: 'endpointGoPlugin',
    gatewayName: 'GoPluginMiddleware',
    decide: decideGoPlugin,
  },
  hookStage(
    'post',
    'Post plugins',
    'upstream',
    'post',
    'GoPluginMiddleware | DynamicMiddleware | CoProcessMiddleware (Post)',
  ),
  {
    id: 'mcp-continuation',
    label: 'MCP continuation',
    group: 'upstream',
    kind: 'builtin',
    gatewayName: 'MCPVEMContinuationMiddleware',
    decide: mcpOnly(() => on('MCP API')),
  },
  {
    id: 'upstream',
    label: 'Upstream',
    group: 'upstream',
    kind: 'upstream',
    gatewayName: 'DummyProxyHandler',
    decide: () => on('the request goes to the upstream'),
  },
];

/** Classic `cache_options.enable_cache`, OAS `middleware.global.cache.enabled`. */
export function cacheDecision(ctx: ChainContext): StageDecision {
  return byFormat(
    ctx,
    ({ doc }) => flag(isTrue(objectAt(doc, 'cache_options'), 'enable_cache'), 'cache enabled', 'cache off'),
    ({ doc }) =>
      flag(
        isTrue(tykExtension(doc), 'middleware', 'global', 'cache', 'enabled'),
        'cache enabled',
        'cache off',
      ),
  );
}
