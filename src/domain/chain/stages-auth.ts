import { always, byFormat, flag, notKeyless, off, on, unknown } from './decide';
import { at, isTrue, tykExtension } from './fields';
import { bundled, hookStage } from './hook-stages';
import { runtimeEffect } from './runtime';
import { oasAuthFlag, oasAuthKinds, type OasAuthKind } from './oas-auth';
import type { ChainContext, ChainStage, StageDecision } from './types';

/** A built-in auth method: Classic switch field, or an OAS security scheme kind / auth flag. */
function authMethod(
  id: string,
  label: string,
  gatewayName: string,
  classic: (ctx: ChainContext) => boolean,
  oas: (ctx: ChainContext) => boolean,
): ChainStage {
  const decide = notKeyless((ctx) =>
    byFormat(
      ctx,
      (c) => flag(classic(c), `${label} enabled`, `${label} not enabled`),
      (c) => {
        if (oas(c)) return on(`${label} enabled`);
        return oasAuthKinds(c.doc).includes('unknown')
          ? unknown('a security scheme of a type this tool does not recognise is enabled')
          : off(`${label} not enabled`);
      },
    ),
  );
  return { id, label, group: 'auth', kind: 'builtin', gatewayName, decide };
}

const hasKind = (kind: OasAuthKind) => (ctx: ChainContext) => oasAuthKinds(ctx.doc).includes(kind);

const AUTH_METHODS: ChainStage[] = [
  authMethod(
    'auth-oauth',
    'OAuth 2.0 key',
    'Oauth2KeyExists',
    (c) => isTrue(c.doc, 'use_oauth2'),
    hasKind('oauth'),
  ),
  authMethod(
    'auth-external-oauth',
    'External OAuth',
    'ExternalOAuthMiddleware',
    (c) => isTrue(c.doc, 'external_oauth', 'enabled'),
    hasKind('externalOAuth'),
  ),
  authMethod(
    'auth-basic',
    'Basic auth',
    'BasicAuthKeyIsValid',
    (c) => isTrue(c.doc, 'use_basic_auth'),
    hasKind('basic'),
  ),
  authMethod(
    'auth-hmac',
    'HMAC signature',
    'HTTPSignatureValidationMiddleware',
    (c) => isTrue(c.doc, 'enable_signature_checking'),
    (c) => oasAuthFlag(c.doc, 'hmac'),
  ),
  authMethod('auth-jwt', 'JWT', 'JWTMiddleware', (c) => isTrue(c.doc, 'enable_jwt'), hasKind('jwt')),
  authMethod(
    'auth-openid',
    'OpenID Connect',
    'OpenIDMW',
    (c) => isTrue(c.doc, 'use_openid'),
    (c) => oasAuthFlag(c.doc, 'oidc'),
  ),
];

const CUSTOM_AUTH = hookStage(
  'auth',
  'Custom auth plugin',
  'auth',
  'auth',
  'GoPluginMiddleware | DynamicMiddleware | CoProcessMiddleware (CustomKeyCheck)',
);

/** AuthKey: added when `use_standard_auth` (OAS: a token scheme) or when no other auth method was added. */
function decideToken(ctx: ChainContext): StageDecision {
  const standard =
    ctx.format === 'classic' ? isTrue(ctx.doc, 'use_standard_auth') : oasAuthKinds(ctx.doc).includes('token');
  if (standard) return on('auth token enabled');
  const others = [...AUTH_METHODS, CUSTOM_AUTH].map((stage) => stage.decide(ctx));
  if (others.some((d) => d.state === 'active')) return off('another auth method is in use');
  if (others.some((d) => d.state === 'unknown'))
    return unknown('runs only when no other auth method is added');
  if (customAuthDropped(ctx)) {
    return on(
      'the custom auth plugin was dropped: the API falls back to token auth',
      'the API silently became token auth',
    );
  }
  return on('no other auth method: the gateway falls back to token auth');
}

/** Custom auth is switched on with a function, but the profile's gateway drops the hook (co-process off). */
function customAuthDropped(ctx: ChainContext): boolean {
  const { model, profile } = ctx;
  if (!profile || !model.customAuthEnabled) return false;
  if (!model.hooks.auth.functions.some((fn) => fn.enabled && fn.name !== '')) return false;
  return runtimeEffect(model.driver, profile, bundled(ctx)).dropped !== undefined;
}

export const AUTH_STAGES: ChainStage[] = [
  ...AUTH_METHODS,
  CUSTOM_AUTH,
  {
    id: 'auth-token',
    label: 'Auth token',
    group: 'auth',
    kind: 'builtin',
    gatewayName: 'AuthKey',
    decide: notKeyless(decideToken),
  },
];

export const POST_AUTH_STAGES: ChainStage[] = [
  hookStage(
    'post-auth',
    'Post-auth plugins',
    'post-auth',
    'postAuth',
    'GoPluginMiddleware | DynamicMiddleware | CoProcessMiddleware (PostKeyAuth)',
  ),
  {
    id: 'strip-auth',
    label: 'Strip auth data',
    group: 'post-auth',
    kind: 'builtin',
    gatewayName: 'StripAuth',
    decide: notKeyless((ctx) =>
      byFormat(
        ctx,
        ({ doc }) => flag(isTrue(doc, 'strip_auth_data'), 'strip_auth_data on', 'strip_auth_data off'),
        ({ doc }) =>
          flag(
            isTrue(tykExtension(doc), 'server', 'authentication', 'stripAuthorizationData'),
            'stripAuthorizationData on',
            'stripAuthorizationData off',
          ),
      ),
    ),
  },
  {
    id: 'key-expiry',
    label: 'Key expiry check',
    group: 'post-auth',
    kind: 'builtin',
    gatewayName: 'KeyExpired',
    decide: notKeyless(always()),
  },
  {
    id: 'access-rights',
    label: 'Access rights',
    group: 'post-auth',
    kind: 'builtin',
    gatewayName: 'AccessRightsCheck',
    decide: notKeyless(always()),
  },
  {
    id: 'granular-access',
    label: 'Granular access',
    group: 'post-auth',
    kind: 'builtin',
    gatewayName: 'GranularAccessMiddleware',
    decide: notKeyless(always()),
  },
  {
    id: 'key-rate-limit-quota',
    label: 'Key rate limit and quota',
    group: 'post-auth',
    kind: 'builtin',
    gatewayName: 'RateLimitAndQuotaCheck',
    decide: notKeyless((ctx) => {
      const g = at(tykExtension(ctx.doc), 'middleware', 'global');
      const [noRate, noQuota] =
        ctx.format === 'classic'
          ? [isTrue(ctx.doc, 'disable_rate_limit'), isTrue(ctx.doc, 'disable_quota')]
          : [isTrue(g, 'skipRateLimit'), isTrue(g, 'skipQuota')];
      return flag(
        !noRate || !noQuota,
        'per-key rate limit and quota checked',
        'rate limit and quota both disabled',
      );
    }),
  },
];
