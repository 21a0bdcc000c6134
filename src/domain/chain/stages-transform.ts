import { enterpriseStage, upstreamAuthOn } from './enterprise';
import { byFormat, flag, off } from './decide';
import {
  arrayAt,
  classicExtended,
  classicHasActive,
  classicVersions,
  isTrue,
  oasOperationHasEnabled,
  tykExtension,
} from './fields';
import type { ChainContext, ChainStage, StageDecision } from './types';

/** A Classic `extended_paths.<key>` list (any entry) against an OAS operation middleware `<opKey>.enabled`. */
function perPath(classicKey: string, opKey: string | undefined, words: string, activeOnly = false) {
  return (ctx: ChainContext): StageDecision =>
    byFormat(
      ctx,
      ({ doc }) => {
        const present = activeOnly
          ? classicHasActive(doc, classicKey)
          : classicExtended(doc, classicKey).length > 0;
        return flag(present, `${words} on some endpoints`, `no ${words}`);
      },
      ({ doc }) =>
        opKey
          ? flag(oasOperationHasEnabled(doc, opKey), `${words} on some endpoints`, `no ${words}`)
          : off('not available in Tyk OAS'),
    );
}

/** Classic `global_headers`/`global_headers_remove` (not `global_headers_disabled`) or `transform_headers`; OAS `transformRequestHeaders`. */
function headerTransform(ctx: ChainContext): StageDecision {
  return byFormat(
    ctx,
    ({ doc }) => {
      const global = classicVersions(doc).some(
        ([, v]) =>
          v.global_headers_disabled !== true &&
          (Object.keys((v.global_headers as object | null) ?? {}).length > 0 ||
            arrayAt(v, 'global_headers_remove').length > 0),
      );
      const endpoint = classicVersions(doc).some(
        ([, v]) =>
          v.use_extended_paths === true &&
          arrayAt(v, 'extended_paths', 'transform_headers').some((e) => !isTrue(e, 'disabled')),
      );
      return flag(global || endpoint, 'request headers changed', 'no request header changes');
    },
    ({ doc }) =>
      flag(
        isTrue(tykExtension(doc), 'middleware', 'global', 'transformRequestHeaders', 'enabled') ||
          oasOperationHasEnabled(doc, 'transformRequestHeaders'),
        'request headers changed',
        'no request header changes',
      ),
  );
}


export const TRANSFORM_STAGES: ChainStage[] = [
  {
    id: 'upstream-basic-auth',
    label: 'Upstream basic auth',
    group: 'transform',
    kind: 'builtin',
    gatewayName: 'UpstreamBasicAuth',
    decide: (ctx) => enterpriseStage(ctx, upstreamAuthOn(ctx, 'basic_auth', 'basicAuth'), 'upstream basic auth'),
  },
  {
    id: 'upstream-oauth',
    label: 'Upstream OAuth',
    group: 'transform',
    kind: 'builtin',
    gatewayName: 'UpstreamOAuth',
    decide: (ctx) => enterpriseStage(ctx, upstreamAuthOn(ctx, 'oauth', 'oauth'), 'upstream OAuth'),
  },
  {
    id: 'validate-json',
    label: 'Validate JSON',
    group: 'transform',
    kind: 'builtin',
    gatewayName: 'ValidateJSON',
    decide: perPath('validate_json', undefined, 'JSON validation'),
  },
  {
    id: 'validate-request',
    label: 'Validate request',
    group: 'transform',
    kind: 'builtin',
    gatewayName: 'ValidateRequest',
    decide: (ctx) =>
      ctx.format === 'classic'
        ? off('Tyk OAS only')
        : flag(
            oasOperationHasEnabled(ctx.doc, 'validateRequest'),
            'request validation on some endpoints',
            'no request validation',
          ),
  },
  {
    id: 'persist-graphql',
    label: 'Persisted GraphQL operation',
    group: 'transform',
    kind: 'builtin',
    gatewayName: 'PersistGraphQLOperationMiddleware',
    decide: perPath('persist_graphql', undefined, 'persisted GraphQL operations'),
  },
  {
    id: 'body-transform',
    label: 'Request body transform',
    group: 'transform',
    kind: 'builtin',
    gatewayName: 'TransformMiddleware',
    decide: perPath('transform', 'transformRequestBody', 'request body transforms'),
  },
  {
    id: 'jq-transform',
    label: 'JQ transform',
    group: 'transform',
    kind: 'builtin',
    gatewayName: 'TransformJQMiddleware',
    decide: (ctx) => {
      const base = perPath('transform_jq', undefined, 'JQ transforms')(ctx);
      if (base.state !== 'active') return base;
      if (!ctx.profile)
        return {
          state: 'unknown',
          reason: 'JQ transforms set; only gateways built with JQ support run them',
        };
      return ctx.profile.build === 'release'
        ? off('release builds have no JQ support: the transform is skipped')
        : base;
    },
  },
  {
    id: 'header-transform',
    label: 'Request header transform',
    group: 'transform',
    kind: 'builtin',
    gatewayName: 'TransformHeaders',
    decide: headerTransform,
  },
  {
    id: 'url-rewrite',
    label: 'URL rewrite',
    group: 'transform',
    kind: 'builtin',
    gatewayName: 'URLRewriteMiddleware',
    decide: perPath('url_rewrites', 'urlRewrite', 'URL rewrites', true),
  },
  {
    id: 'method-transform',
    label: 'Method transform',
    group: 'transform',
    kind: 'builtin',
    gatewayName: 'TransformMethod',
    decide: perPath('method_transforms', 'transformRequestMethod', 'method transforms'),
  },
];
