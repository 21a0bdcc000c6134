import type { JsonPath } from '../json';
import type { LintContext } from './types';

/** Classic `custom_middleware.driver`; OAS `middleware.global.pluginConfig.driver`. */
export function driverPath(ctx: LintContext): JsonPath {
  if (ctx.model.driverSource) return ctx.model.driverSource;
  return ctx.format === 'classic'
    ? ['custom_middleware', 'driver']
    : ['x-tyk-api-gateway', 'middleware', 'global', 'pluginConfig', 'driver'];
}
