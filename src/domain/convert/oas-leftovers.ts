import { isJsonObject, type JsonObject } from '../json';
import type { Finding } from '../pipeline/model';
import { oasOperations, tykExtension } from '../chain/fields';
import { oasSchemeKinds } from '../chain/oas-auth';
import { leftovers, notConverted } from './unmapped';

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
];

/** x-tyk-api-gateway settings with no counterpart in the converted Classic definition, each with its path. */
export function oasLeftovers(doc: JsonObject, out: Finding[]): void {
  const x = tykExtension(doc);
  leftovers(x, [X], ['info', 'upstream', 'server', 'middleware'], 'classic', out);
  leftovers(x.info, [X, 'info'], ['id', 'orgId', 'name', 'state', 'dbId'], 'classic', out);
  leftovers(x.upstream, [X, 'upstream'], ['url'], 'classic', out);
  leftovers(x.server, [X, 'server'], ['listenPath', 'authentication'], 'classic', out);
  const auth = isJsonObject(x.server) ? x.server.authentication : undefined;
  leftovers(
    auth,
    [X, 'server', 'authentication'],
    ['enabled', 'custom', 'securitySchemes', 'baseIdentityProvider'],
    'classic',
    out,
  );
  for (const scheme of oasSchemeKinds(doc)) {
    if (scheme.enabled && scheme.kind !== 'token') {
      out.push(
        notConverted(
          [X, 'server', 'authentication', 'securitySchemes', scheme.name],
          'classic',
          'only token auth is converted',
        ),
      );
    }
  }
  const middleware = isJsonObject(x.middleware) ? x.middleware : undefined;
  leftovers(middleware, [X, 'middleware'], ['global', 'operations'], 'classic', out);
  leftovers(middleware?.global, [X, 'middleware', 'global'], GLOBAL_HANDLED, 'classic', out);
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
      ['postPlugins', 'virtualEndpoint'],
      'classic',
      out,
    );
  }
}
