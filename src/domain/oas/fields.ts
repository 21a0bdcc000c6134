import type { JsonObject, JsonPath } from '../json';
import type { HookKind } from '../pipeline/model';

export const XTYK = 'x-tyk-api-gateway';
export const GLOBAL_PATH: JsonPath = [XTYK, 'middleware', 'global'];
export const PLUGIN_CONFIG_PATH: JsonPath = [...GLOBAL_PATH, 'pluginConfig'];
export const OPERATIONS_PATH: JsonPath = [XTYK, 'middleware', 'operations'];
export const AUTHENTICATION_PATH: JsonPath = [XTYK, 'server', 'authentication'];

export type OasListHook = Exclude<HookKind, 'auth' | 'analytics'>;

/** `middleware.global.<plural>[]` and the older `<singular>.plugins[]`. */
export const OAS_HOOK_FIELDS: Record<OasListHook, { plural: string; legacy: string }> = {
  pre: { plural: 'prePlugins', legacy: 'prePlugin' },
  postAuth: { plural: 'postAuthenticationPlugins', legacy: 'postAuthenticationPlugin' },
  post: { plural: 'postPlugins', legacy: 'postPlugin' },
  response: { plural: 'responsePlugins', legacy: 'responsePlugin' },
};

/**
 * Where a hook's list lives in this document. Like the gateway (apidef/oas/middleware.go
 * extractPrePluginsTo), the plural field wins when it is present and not null; otherwise an existing
 * legacy `<singular>.plugins` is used; a hook in neither place is written in the plural shape.
 */
export function oasHookLocation(global: JsonObject | undefined, hook: OasListHook): { path: JsonPath; shape: 'plural' | 'legacy' } {
  const { plural, legacy } = OAS_HOOK_FIELDS[hook];
  const pluralValue = global?.[plural];
  if (pluralValue !== undefined && pluralValue !== null) return { path: [...GLOBAL_PATH, plural], shape: 'plural' };
  const legacyValue = global?.[legacy];
  if (legacyValue !== undefined && legacyValue !== null) return { path: [...GLOBAL_PATH, legacy, 'plugins'], shape: 'legacy' };
  return { path: [...GLOBAL_PATH, plural], shape: 'plural' };
}

/**
 * `server.authentication.custom`: the only key the gateway reads (apidef/oas/authentication.go:80, json:"custom").
 * `customPluginAuthentication` is the Go type's name, never a key: a document using it has no custom auth.
 */
export function oasCustomAuthKey(_authentication: JsonObject | undefined): 'custom' {
  return 'custom';
}

/** The Go type name some documents use as a key; the gateway ignores it (an unknown field). */
export const IGNORED_CUSTOM_AUTH_KEY = 'customPluginAuthentication';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
