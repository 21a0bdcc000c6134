import { isJsonObject, type JsonObject, type JsonValue } from '../json';

const CLASSIC_HOOK_KEYS = ['pre', 'post', 'post_key_auth', 'response', 'auth_check', 'id_extractor'];
const OAS_GLOBAL_KEYS = [
  'pluginConfig',
  'prePlugins',
  'postPlugins',
  'postAuthenticationPlugins',
  'responsePlugins',
  'prePlugin',
  'postPlugin',
];

/**
 * Names the piece of a definition a JSON value is, when it is one (a Classic `custom_middleware`, an OAS
 * `x-tyk-api-gateway` or `middleware`, a `proxy`, a hook entry or a list of them, an endpoint
 * middleware entry); null otherwise.
 */
export function findFragment(value: JsonValue): string | null {
  if (Array.isArray(value)) {
    return value.length > 0 && value.every(isHookEntry) ? 'a list of plugin entries' : null;
  }
  if (!isJsonObject(value)) return null;
  const has = (key: string) => Object.hasOwn(value, key);
  // A bundle's manifest.json has a custom_middleware too, but it is a file of its own, not a piece.
  if (has('file_list')) return null;
  if (has('custom_middleware')) return 'custom_middleware';
  if (has('x-tyk-api-gateway')) return 'x-tyk-api-gateway';
  if (isJsonObject(value.info) && (has('upstream') || has('server')))
    return 'the x-tyk-api-gateway part of a Tyk OAS definition';
  if (has('middleware') && isJsonObject(value.middleware)) return 'middleware';
  if (has('global') && isJsonObject(value.global)) return 'middleware';
  if (OAS_GLOBAL_KEYS.some(has)) return 'middleware.global';
  if (has('driver') || CLASSIC_HOOK_KEYS.some(has)) return 'custom_middleware';
  if (has('listen_path') || has('target_url')) return 'proxy';
  if (has('extended_paths') || has('versions')) return 'version_data';
  if (isHookEntry(value)) return 'one plugin entry';
  if (has('match_pattern') || has('rewrite_to')) return 'a URL rewrite entry of Classic extended_paths';
  if (has('rewriteTo')) return 'a URL rewrite setting of a Tyk OAS operation';
  if (typeof value.path === 'string' && typeof value.method === 'string')
    return 'an endpoint entry of Classic extended_paths';
  if (typeof value.enabled === 'boolean') return 'a middleware setting';
  return null;
}

/** A Classic hook entry (`name` + `path`) or an OAS one (`functionName`). */
function isHookEntry(value: JsonValue): boolean {
  if (!isJsonObject(value)) return false;
  const entry: JsonObject = value;
  return (
    (typeof entry.name === 'string' && typeof entry.path === 'string') ||
    typeof entry.functionName === 'string'
  );
}
