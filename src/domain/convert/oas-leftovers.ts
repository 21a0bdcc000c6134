import { isJsonObject, type JsonObject } from '../json';
import type { Finding } from '../pipeline/model';
import { oasOperations, tykExtension } from '../chain/fields';
import { oasSchemeKinds } from '../chain/oas-auth';
import { GATEWAY_OAS_FIELDS } from './gateway-settings';
import { leftovers, notConverted } from './unmapped';
import { MAPPED_OPERATION_FIELDS } from './endpoints-metas';
import { AUTHENTICATION_FIELDS, UPSTREAM_FLAGS } from './server-mappings';
import { AUTH_EXTRA_OAS_FIELDS } from './auth-extras';
import { schemeReason, SECURITY_OAS_FIELDS, securityLeftovers } from './security-requirements';
import { GLOBAL_EXTRA_OAS_FIELDS, TRAFFIC_LOGS_FIELDS } from './global-extras';

const X = 'x-tyk-api-gateway';
const GLOBAL_HANDLED = [
  'pluginConfig',
  'prePlugin',
  'prePlugins',
  'postAuthenticationPlugin',
  'postAuthenticationPlugins',
  'postPlugin',
  'postPlugins',
  'responsePlugin',
  'responsePlugins',
  'trafficLogs',
  'cors',
  'cache',
  'contextVariables',
  'skipRateLimit',
  'skipQuota',
  'skipQuotaReset',
  'ignoreCase',
  'transformRequestHeaders',
  'transformResponseHeaders',
  ...GLOBAL_EXTRA_OAS_FIELDS,
];

/** x-tyk-api-gateway settings with no counterpart in the converted Classic definition, each with its path. */
export function oasLeftovers(doc: JsonObject, out: Finding[], convertedSchemes: readonly string[] = []): void {
  const x = tykExtension(doc);
  leftovers(x, [X], ['info', 'upstream', 'server', 'middleware', 'errorOverrides'], 'classic', out);
  leftovers(x.info, [X, 'info'], ['id', 'orgId', 'name', 'state', 'dbId', ...GATEWAY_OAS_FIELDS.info], 'classic', out);
  leftovers(x.upstream, [X, 'upstream'], ['url', 'serviceDiscovery', ...UPSTREAM_FLAGS.map((f) => f.oas), ...GATEWAY_OAS_FIELDS.upstream], 'classic', out);
  leftovers(x.server, [X, 'server'], ['listenPath', 'authentication', ...GATEWAY_OAS_FIELDS.server], 'classic', out);
  const auth = isJsonObject(x.server) ? x.server.authentication : undefined;
  leftovers(
    auth,
    [X, 'server', 'authentication'],
    ['enabled', 'custom', 'securitySchemes', 'hmac', 'oidc', ...AUTHENTICATION_FIELDS.map((f) => f.oas), ...AUTH_EXTRA_OAS_FIELDS, ...SECURITY_OAS_FIELDS],
    'classic',
    out,
  );
  securityLeftovers(doc, out);
  for (const scheme of oasSchemeKinds(doc)) {
    // A scheme counts only when extractSecurityTo found it (in a requirement it reads, typed exactly).
    if (scheme.enabled && !convertedSchemes.includes(scheme.name)) {
      out.push(notConverted([X, 'server', 'authentication', 'securitySchemes', scheme.name], 'classic', schemeReason(doc, scheme.name)));
    }
  }
  const middleware = isJsonObject(x.middleware) ? x.middleware : undefined;
  leftovers(middleware, [X, 'middleware'], ['global', 'operations'], 'classic', out);
  leftovers(middleware?.global, [X, 'middleware', 'global'], GLOBAL_HANDLED, 'classic', out);
  const traffic = isJsonObject(middleware?.global) ? middleware.global.trafficLogs : undefined;
  leftovers(traffic, [X, 'middleware', 'global', 'trafficLogs'], TRAFFIC_LOGS_FIELDS, 'classic', out);
  const pluginConfig = isJsonObject(middleware?.global) ? middleware.global.pluginConfig : undefined;
  leftovers(
    pluginConfig,
    [X, 'middleware', 'global', 'pluginConfig'],
    ['driver', 'bundle', 'data'],
    'classic',
    out,
  );
  for (const [id, operation] of oasOperations(doc)) {
    leftovers(
      operation,
      [X, 'middleware', 'operations', id],
      // mockResponse is reported by the operations pass: the gateway keeps it in Tyk OAS only.
      ['postPlugins', 'virtualEndpoint', ...MAPPED_OPERATION_FIELDS],
      'classic',
      out,
    );
  }
}
