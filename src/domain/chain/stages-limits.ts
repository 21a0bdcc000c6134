import { mcpOnly } from './pre-auth-decisions';
import { enterpriseStage, streamsSet, tokenExchangeOn } from './enterprise';
import { byFormat, flag, notKeyless, off, on, unknown } from './decide';
import { classicExtended, isTrue, numberAt, objectAt, oasOperationHasEnabled, tykExtension } from './fields';
import { oasOAuth2ScopeCheck } from './oas-auth';
import type { ChainContext, ChainStage, StageDecision } from './types';

/** RateLimitForAPI.shouldEnable: not `disable_rate_limit`, and a per-endpoint limit or `global_rate_limit.rate` > 0. */
function apiRateLimit(ctx: ChainContext): StageDecision {
  return byFormat(
    ctx,
    ({ doc }) => {
      if (isTrue(doc, 'disable_rate_limit')) return off('rate limits disabled (disable_rate_limit)');
      if (classicExtended(doc, 'rate_limit').some((entry) => entry.disabled !== true))
        return on('per-endpoint rate limits set');
      const global = objectAt(doc, 'global_rate_limit');
      if (!global || numberAt(global, 'rate') <= 0) return off('no rate limit set');
      return flag(global.disabled !== true, 'API rate limit set', 'API rate limit disabled');
    },
    ({ doc }) => {
      const x = tykExtension(doc);
      if (isTrue(x, 'middleware', 'global', 'skipRateLimit'))
        return off('rate limits skipped (skipRateLimit)');
      if (oasOperationHasEnabled(doc, 'rateLimit')) return on('per-endpoint rate limits set');
      const limit = objectAt(x, 'upstream', 'rateLimit');
      if (!limit || numberAt(limit, 'rate') <= 0) return off('no rate limit set');
      return flag(limit.enabled === true, 'API rate limit set', 'API rate limit disabled');
    },
  );
}

const graphqlOn = (ctx: ChainContext): StageDecision =>
  ctx.format === 'classic'
    ? flag(isTrue(ctx.doc, 'graphql', 'enabled'), 'GraphQL API', 'not a GraphQL API')
    : off('not a GraphQL API');

export const LIMIT_STAGES: ChainStage[] = [
  {
    id: 'mcp-access-control',
    label: 'JSON-RPC / MCP access control',
    group: 'post-auth',
    kind: 'builtin',
    gatewayName: 'JSONRPCAccessControlMiddleware, MCPAccessControlMiddleware',
    decide: mcpOnly(() => on('MCP API')),
  },
  {
    id: 'oauth2-scope-check',
    label: 'OAuth2 scope check',
    group: 'post-auth',
    kind: 'builtin',
    gatewayName: 'OAuth2Middleware',
    decide: (ctx) =>
      ctx.format === 'classic'
        ? off('Tyk OAS only')
        : ctx.model.keyless
          ? off('authentication is off')
          : flag(oasOAuth2ScopeCheck(ctx.doc), 'OAuth2 scope check on', 'no OAuth2 scope check'),
  },
  {
    id: 'oauth2-token-exchange',
    label: 'OAuth2 token exchange',
    group: 'post-auth',
    kind: 'builtin',
    gatewayName: 'OAuth2 token exchange',
    decide: (ctx) => enterpriseStage(ctx, tokenExchangeOn(ctx), 'OAuth2 token exchange'),
  },
  {
    id: 'api-rate-limit',
    label: 'API rate limit',
    group: 'post-auth',
    kind: 'builtin',
    gatewayName: 'RateLimitForAPI',
    decide: apiRateLimit,
  },
  {
    id: 'graphql',
    label: 'GraphQL',
    group: 'post-auth',
    kind: 'builtin',
    gatewayName: 'GraphQLMiddleware',
    decide: graphqlOn,
  },
  {
    id: 'streaming',
    label: 'Streaming',
    group: 'post-auth',
    kind: 'builtin',
    gatewayName: 'StreamingMiddleware',
    decide: (ctx) => {
      const decision = enterpriseStage(ctx, streamsSet(ctx), 'x-tyk-streaming streams');
      // On the EE package the streams run only with tyk.conf streaming.enabled, which the profile does not hold.
      return decision.state === 'active' ? unknown(`${decision.reason}; runs when tyk.conf sets streaming.enabled`) : decision;
    },
  },
  {
    id: 'graphql-complexity',
    label: 'GraphQL complexity',
    group: 'post-auth',
    kind: 'builtin',
    gatewayName: 'GraphQLComplexityMiddleware',
    decide: notKeyless(graphqlOn),
  },
  {
    id: 'graphql-granular-access',
    label: 'GraphQL granular access',
    group: 'post-auth',
    kind: 'builtin',
    gatewayName: 'GraphQLGranularAccessMiddleware',
    decide: notKeyless(graphqlOn),
  },
];
