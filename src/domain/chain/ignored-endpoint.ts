import { isJsonObject } from '../json';
import { classicExtended, isTrue, oasOperations, stringAt } from './fields';
import { methodMatches, pathMatches } from './match-endpoint';
import { runtimeOf } from './runtime';
import { listenPathOf } from './stages-endpoint';
import type { ChainContext, ChainStep } from './types';

/**
 * Stages that let a request through untouched when its endpoint ignores authentication (Classic
 * `extended_paths.ignored`, OAS operation `ignoreAuthentication`): each checks `StatusOkAndIgnore` in the gateway
 * (mw_auth_key.go, mw_jwt.go, mw_access_rights.go, ...). Go and JSVM custom auth plugins do not check it.
 */
const SKIPPED_WHEN_IGNORED = new Set([
  'certificate-check',
  'auth-oauth',
  'auth-external-oauth',
  'auth-basic',
  'auth-hmac',
  'auth-jwt',
  'auth-openid',
  'auth-token',
  'key-expiry',
  'access-rights',
  'granular-access',
  'key-rate-limit-quota',
  'mcp-access-control',
  'oauth2-scope-check',
  'graphql-granular-access',
]);

export const IGNORED_REASON = 'this endpoint ignores authentication';

/** The request's endpoint is marked to ignore authentication. */
export function ignoresAuthentication(ctx: ChainContext): boolean {
  const { request } = ctx;
  if (!request) return false;
  const prefix = listenPathOf(ctx).replace(/\/$/, '');
  const paths = [request.path];
  if (prefix && request.path.startsWith(prefix + '/')) paths.push(request.path.slice(prefix.length));
  const hits = (method: string, path: string) =>
    path !== '' &&
    methodMatches(method, request.method) &&
    paths.some((p) => pathMatches(path, p, ctx.format));
  if (ctx.format === 'classic') {
    return classicExtended(ctx.doc, 'ignored').some((entry) => {
      const path = stringAt(entry, 'path');
      const actions = entry.method_actions;
      const methods = isJsonObject(actions) ? Object.keys(actions) : [stringAt(entry, 'method')];
      return methods.some((method) => hits(method, path));
    });
  }
  const ignored = new Set(
    oasOperations(ctx.doc)
      .filter(([, op]) => isTrue(op, 'ignoreAuthentication', 'enabled'))
      .map(([id]) => id),
  );
  return ctx.model.endpoints.some(
    (e) => e.operationId !== undefined && ignored.has(e.operationId) && hits(e.method, e.path),
  );
}

/** Marks the stages that skip an ignored endpoint; co-process custom auth skips too, Go and JSVM auth do not. */
export function applyIgnoredEndpoint(ctx: ChainContext, steps: ChainStep[]): ChainStep[] {
  if (!ignoresAuthentication(ctx)) return steps;
  const coprocessAuth = runtimeOf(ctx.model.driver) === 'coprocess';
  return steps.map((step) => {
    const skips = SKIPPED_WHEN_IGNORED.has(step.id) || (step.id === 'auth' && coprocessAuth);
    if (!skips || step.state === 'inactive') return step;
    const functions = step.functions.map((fn) =>
      fn.runs ? { ...fn, runs: false, reason: IGNORED_REASON } : fn,
    );
    const { warning: _warning, ...rest } = step;
    return { ...rest, state: 'inactive', active: false, reason: IGNORED_REASON, functions };
  });
}
