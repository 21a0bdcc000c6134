import { always, byFormat, flag, off, unknown } from './decide';
import { isTrue, stringAt, tykExtension } from './fields';
import { hookStage } from './hook-stages';
import { isMcpApi } from './mcp';
import { ipList, mcpOnly, sizeLimit, trackEndpoints } from './pre-auth-decisions';
import type { ChainStage } from './types';

export const PRE_AUTH_STAGES: ChainStage[] = [
  {
    id: 'mcp-request-size-limit',
    label: 'Request size limit (MCP)',
    group: 'pre-auth',
    kind: 'builtin',
    gatewayName: 'RequestSizeLimitMiddleware',
    decide: mcpOnly(sizeLimit),
  },
  {
    id: 'json-rpc',
    label: 'JSON-RPC',
    group: 'pre-auth',
    kind: 'builtin',
    gatewayName: 'JSONRPCMiddleware',
    decide: mcpOnly((ctx) =>
      ctx.format === 'classic'
        ? flag(stringAt(ctx.doc, 'json_rpc_version') === '2.0', 'JSON-RPC 2.0', 'no json_rpc_version 2.0')
        : unknown('MCP API: depends on its JSON-RPC version'),
    ),
  },
  {
    id: 'version-check',
    label: 'Version check',
    group: 'pre-auth',
    kind: 'builtin',
    gatewayName: 'VersionCheck',
    decide: always(),
  },
  {
    id: 'cors',
    label: 'CORS',
    group: 'pre-auth',
    kind: 'builtin',
    gatewayName: 'CORSMiddleware',
    decide: (ctx) =>
      byFormat(
        ctx,
        ({ doc }) => flag(isTrue(doc, 'CORS', 'enable'), 'CORS enabled', 'CORS not enabled'),
        ({ doc }) =>
          flag(
            isTrue(tykExtension(doc), 'middleware', 'global', 'cors', 'enabled'),
            'CORS enabled',
            'CORS not enabled',
          ),
      ),
  },
  hookStage(
    'pre',
    'Pre plugins',
    'pre-auth',
    'pre',
    'GoPluginMiddleware | DynamicMiddleware | CoProcessMiddleware (Pre)',
  ),
  {
    id: 'rate-check',
    label: 'Rate check',
    group: 'pre-auth',
    kind: 'builtin',
    gatewayName: 'RateCheckMW',
    decide: always(),
  },
  {
    id: 'ip-allow-list',
    label: 'IP allow list',
    group: 'pre-auth',
    kind: 'builtin',
    gatewayName: 'IPWhiteListMiddleware',
    decide: ipList('allowed_ips', 'enable_ip_whitelisting', 'allow', 'IP allow list'),
  },
  {
    id: 'ip-block-list',
    label: 'IP block list',
    group: 'pre-auth',
    kind: 'builtin',
    gatewayName: 'IPBlackListMiddleware',
    decide: ipList('blacklisted_ips', 'enable_ip_blacklisting', 'block', 'IP block list'),
  },
  {
    id: 'certificate-check',
    label: 'Client certificate check',
    group: 'pre-auth',
    kind: 'builtin',
    gatewayName: 'CertificateCheckMW',
    decide: (ctx) =>
      byFormat(
        ctx,
        ({ doc }) => flag(isTrue(doc, 'use_mutual_tls_auth'), 'mutual TLS on', 'mutual TLS off'),
        ({ doc }) =>
          flag(
            isTrue(tykExtension(doc), 'server', 'clientCertificates', 'enabled'),
            'mutual TLS on',
            'mutual TLS off',
          ),
      ),
  },
  {
    id: 'org-quota',
    label: 'Organisation quota monitor',
    group: 'pre-auth',
    kind: 'builtin',
    gatewayName: 'OrganizationMonitor',
    decide: () => unknown('decided by tyk.conf enforce_org_quotas'),
  },
  {
    id: 'request-size-limit',
    label: 'Request size limit',
    group: 'pre-auth',
    kind: 'builtin',
    gatewayName: 'RequestSizeLimitMiddleware',
    decide: (ctx) => (isMcpApi(ctx.doc, ctx.format) ? off('MCP API: checked earlier') : sizeLimit(ctx)),
  },
  {
    id: 'context-variables',
    label: 'Context variables',
    group: 'pre-auth',
    kind: 'builtin',
    gatewayName: 'MiddlewareContextVars',
    decide: (ctx) =>
      byFormat(
        ctx,
        ({ doc }) =>
          flag(isTrue(doc, 'enable_context_vars'), 'context variables on', 'context variables off'),
        ({ doc }) => {
          const x = tykExtension(doc);
          const enabled =
            isTrue(x, 'middleware', 'global', 'contextVariables', 'enabled') ||
            isTrue(x, 'server', 'contextVariables', 'enabled');
          return flag(enabled, 'context variables on', 'context variables off');
        },
      ),
  },
  {
    id: 'track-endpoint',
    label: 'Endpoint tracking',
    group: 'pre-auth',
    kind: 'builtin',
    gatewayName: 'TrackEndpointMiddleware',
    decide: trackEndpoints,
  },
  {
    id: 'protected-resource-metadata',
    label: 'Protected resource metadata',
    group: 'pre-auth',
    kind: 'builtin',
    gatewayName: 'PRMMiddleware',
    decide: (ctx) =>
      ctx.format === 'classic'
        ? off('Tyk OAS only')
        : flag(
            isTrue(tykExtension(ctx.doc), 'server', 'authentication', 'protectedResourceMetadata', 'enabled'),
            'protected resource metadata on',
            'protected resource metadata off',
          ),
  },
  {
    id: 'mcp-loop-auth-bypass',
    label: 'MCP loop auth bypass',
    group: 'pre-auth',
    kind: 'builtin',
    gatewayName: 'MCPLoopAuthBypassMiddleware',
    decide: mcpOnly(() => unknown('only for MCP adapter loop requests')),
  },
];
