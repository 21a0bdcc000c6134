import { off, on, unknown } from './decide';
import { at, isTrue, objectAt, tykExtension } from './fields';
import type { ChainContext, StageDecision } from './types';

const PACKAGE = 'the Enterprise package (tyk-gateway-ee)';

/**
 * A stage of the Enterprise package (ee/middleware, built with `-tags ee`: ci/goreleaser/goreleaser.yml): not
 * in the open-source gateway. Configured, it runs on the EE package; without a profile, that is unknown.
 */
export function enterpriseStage(ctx: ChainContext, configured: boolean, what: string): StageDecision {
  if (!configured) return off(`no ${what}`);
  if (!ctx.profile) return unknown(`${what} set: runs only on ${PACKAGE}`);
  if (ctx.profile.build === 'ee') return on(`${what} set, on ${PACKAGE}`);
  return off(`${what} set, but it runs only on ${PACKAGE}, not on this build`);
}

/** Classic `upstream_auth.{enabled, <method>.enabled}`; OAS `upstream.authentication.{enabled, <method>.enabled}` (ee/middleware/upstream*). */
export function upstreamAuthOn(ctx: ChainContext, classic: 'basic_auth' | 'oauth', oas: 'basicAuth' | 'oauth'): boolean {
  if (ctx.format === 'classic') return isTrue(ctx.doc, 'upstream_auth', 'enabled') && isTrue(ctx.doc, 'upstream_auth', classic, 'enabled');
  const auth = objectAt(tykExtension(ctx.doc), 'upstream', 'authentication');
  return isTrue(auth, 'enabled') && isTrue(auth, oas, 'enabled');
}

/** OAS `server.authentication.securitySchemes.<name>.tokenExchange.enabled` (ee/middleware/oauth2tokenexchange EnabledForSpec). */
export function tokenExchangeOn(ctx: ChainContext): boolean {
  if (ctx.format !== 'oas') return false;
  const schemes = objectAt(tykExtension(ctx.doc), 'server', 'authentication', 'securitySchemes');
  return Object.values(schemes ?? {}).some((scheme) => isTrue(at(scheme, 'tokenExchange'), 'enabled'));
}

/** OAS `x-tyk-streaming.streams` (ee/middleware/streams: also needs tyk.conf `streaming.enabled`). */
export function streamsSet(ctx: ChainContext): boolean {
  return ctx.format === 'oas' && Object.keys(objectAt(ctx.doc, 'x-tyk-streaming', 'streams') ?? {}).length > 0;
}
