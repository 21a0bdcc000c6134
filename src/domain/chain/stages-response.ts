import { mcpOnly } from './pre-auth-decisions';
import { isJsonObject } from '../json';
import { byFormat, flag, off, on } from './decide';
import {
  arrayAt,
  classicExtended,
  classicVersions,
  isTrue,
  objectAt,
  oasOperationHasEnabled,
  stringAt,
  tykExtension,
} from './fields';
import { hookStage } from './hook-stages';
import { cacheDecision } from './stages-endpoint';
import type { ChainContext, ChainStage, StageDecision } from './types';

/** Classic `response_processors[].name` other than header_injector (that one is the header injector stage). */
function processors(ctx: ChainContext): StageDecision {
  if (ctx.format === 'oas') return off('Tyk OAS has no response processors list');
  const names = arrayAt(ctx.doc, 'response_processors')
    .map((entry) => stringAt(entry, 'name'))
    .filter((name) => name !== '' && name !== 'header_injector');
  return names.length ? on(`response processors: ${names.join(', ')}`) : off('no response processors');
}

/** Classic `global_response_headers`, `transform_response_headers` or a header_injector processor; OAS `transformResponseHeaders`. */
function responseHeaders(ctx: ChainContext): StageDecision {
  return byFormat(
    ctx,
    ({ doc }) => {
      const global = classicVersions(doc).some(
        ([, v]) =>
          v.global_response_headers_disabled !== true &&
          (Object.keys(isJsonObject(v.global_response_headers) ? v.global_response_headers : {}).length > 0 ||
            arrayAt(v, 'global_response_headers_remove').length > 0),
      );
      const endpoint = classicExtended(doc, 'transform_response_headers').length > 0;
      const processor = arrayAt(doc, 'response_processors').some(
        (entry) => stringAt(entry, 'name') === 'header_injector',
      );
      return flag(global || endpoint || processor, 'response headers changed', 'no response header changes');
    },
    ({ doc }) =>
      flag(
        isTrue(tykExtension(doc), 'middleware', 'global', 'transformResponseHeaders', 'enabled') ||
          oasOperationHasEnabled(doc, 'transformResponseHeaders'),
        'response headers changed',
        'no response header changes',
      ),
  );
}

/** Classic `error_overrides` unless `error_overrides_disabled`; OAS `errorOverrides.enabled`. */
function errorOverrides(ctx: ChainContext): StageDecision {
  return byFormat(
    ctx,
    ({ doc }) => {
      const overrides = objectAt(doc, 'error_overrides');
      if (!overrides || Object.keys(overrides).length === 0) return off('no error overrides');
      return flag(doc.error_overrides_disabled !== true, 'error overrides set', 'error overrides disabled');
    },
    ({ doc }) =>
      flag(
        isTrue(tykExtension(doc), 'errorOverrides', 'enabled'),
        'error overrides set',
        'no error overrides',
      ),
  );
}

export const RESPONSE_STAGES: ChainStage[] = [
  {
    id: 'mcp-list-filter',
    label: 'MCP list filter',
    group: 'response',
    kind: 'builtin',
    gatewayName: 'MCPListFilterResponseHandler',
    decide: mcpOnly(() => on('MCP API')),
  },
  {
    id: 'response-body-transform',
    label: 'Response body transform',
    group: 'response',
    kind: 'builtin',
    gatewayName: 'ResponseTransformMiddleware',
    decide: (ctx) =>
      byFormat(
        ctx,
        ({ doc }) =>
          flag(
            classicExtended(doc, 'transform_response').length > 0,
            'response body transforms on some endpoints',
            'no response body transforms',
          ),
        ({ doc }) =>
          flag(
            oasOperationHasEnabled(doc, 'transformResponseBody'),
            'response body transforms on some endpoints',
            'no response body transforms',
          ),
      ),
  },
  {
    id: 'response-headers',
    label: 'Response header transform',
    group: 'response',
    kind: 'builtin',
    gatewayName: 'HeaderInjector',
    decide: responseHeaders,
  },
  {
    id: 'response-processors',
    label: 'Response processors',
    group: 'response',
    kind: 'builtin',
    gatewayName: 'response_processors',
    decide: processors,
  },
  hookStage(
    'response',
    'Response plugins',
    'response',
    'response',
    'goplugin_res_hook | custom_mw_js_res_hook | custom_mw_res_hook',
  ),
  {
    id: 'error-overrides',
    label: 'Error overrides',
    group: 'response',
    kind: 'builtin',
    gatewayName: 'ResponseErrorOverrideMiddleware',
    decide: errorOverrides,
  },
  {
    id: 'response-cache',
    label: 'Response cache write',
    group: 'response',
    kind: 'builtin',
    gatewayName: 'ResponseCacheMiddleware',
    decide: cacheDecision,
  },
  hookStage('analytics', 'Analytics plugin', 'analytics', 'analytics', 'GoAnalyticsPlugin'),
];
