import { byFormat, flag, off, unknown } from './decide';
import {
  arrayAt,
  classicExtended,
  classicVersions,
  isTrue,
  numberAt,
  oasOperationHasEnabled,
  oasOperationHasKey,
  tykExtension,
} from './fields';
import { isMcpApi, MCP_UNKNOWN, mcpFieldsOnly } from './mcp';
import type { ChainContext, StageDecision } from './types';

export const mcpOnly =
  (decide: (ctx: ChainContext) => StageDecision) =>
  (ctx: ChainContext): StageDecision =>
    isMcpApi(ctx.doc, ctx.format)
      ? decide(ctx)
      : mcpFieldsOnly(ctx.doc, ctx.format)
        ? unknown(MCP_UNKNOWN)
        : off('only for MCP APIs');

/** Classic `extended_paths.size_limits` or `global_size_limit` (unless `global_size_limit_disabled`); OAS `requestSizeLimit`. */
export function sizeLimit(ctx: ChainContext): StageDecision {
  return byFormat(
    ctx,
    ({ doc }) =>
      flag(
        classicExtended(doc, 'size_limits').length > 0 ||
          classicVersions(doc).some(
            ([, v]) => v.global_size_limit_disabled !== true && numberAt(v, 'global_size_limit') > 0,
          ),
        'request size limit set',
        'no request size limit set',
      ),
    ({ doc }) => {
      const global = tykExtension(doc);
      const globalOn =
        isTrue(global, 'middleware', 'global', 'requestSizeLimit', 'enabled') &&
        numberAt(global, 'middleware', 'global', 'requestSizeLimit', 'value') > 0;
      return flag(
        globalOn || oasOperationHasEnabled(doc, 'requestSizeLimit'),
        'request size limit set',
        'no request size limit set',
      );
    },
  );
}

/** Classic `allowed_ips`/`blacklisted_ips` with `enable_ip_*` or not `ip_access_control_disabled`; OAS `server.ipAccessControl`. */
export function ipList(classicList: string, classicSwitch: string, oasList: string, words: string) {
  return (ctx: ChainContext): StageDecision =>
    byFormat(
      ctx,
      ({ doc }) => {
        const enabled = doc.ip_access_control_disabled !== true || isTrue(doc, classicSwitch);
        if (arrayAt(doc, classicList).length === 0) return off(`no IP addresses in the ${words}`);
        return flag(enabled, `${words} set`, 'IP access control disabled');
      },
      ({ doc }) => {
        const x = tykExtension(doc);
        if (arrayAt(x, 'server', 'ipAccessControl', oasList).length === 0)
          return off(`no IP addresses in the ${words}`);
        return flag(
          isTrue(x, 'server', 'ipAccessControl', 'enabled'),
          `${words} set`,
          'IP access control disabled',
        );
      },
    );
}

/** Classic `track_endpoints`/`do_not_track_endpoints`, OAS `trackEndpoint`/`doNotTrackEndpoint`; runs only with analytics on in tyk.conf. */
export function trackEndpoints(ctx: ChainContext): StageDecision {
  const tracked =
    ctx.format === 'classic'
      ? !isTrue(ctx.doc, 'do_not_track') &&
        classicExtended(ctx.doc, 'track_endpoints').length +
          classicExtended(ctx.doc, 'do_not_track_endpoints').length >
          0
      : oasOperationHasKey(ctx.doc, 'trackEndpoint', 'doNotTrackEndpoint');
  return tracked
    ? unknown('endpoints tracked; runs only when tyk.conf enables analytics or metrics')
    : off('no tracked endpoints');
}
