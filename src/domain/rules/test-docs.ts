import type { JsonObject } from '../json';

/** A small Tyk Classic definition with these fields merged in at the top level (shallow). */
export function classicDoc(extra: JsonObject = {}): JsonObject {
  return {
    api_id: 'test-api',
    name: 'Test',
    use_keyless: false,
    proxy: { listen_path: '/test/', target_url: 'http://upstream', strip_listen_path: true },
    version_data: { not_versioned: true, versions: { Default: { name: 'Default' } } },
    ...extra,
  };
}

/** `custom_middleware` with a driver and hook lists. */
export function classicPlugins(driver: string, hooks: JsonObject = {}, extra: JsonObject = {}): JsonObject {
  return classicDoc({ custom_middleware: { driver, ...hooks }, ...extra });
}

export const entry = (name: string, path = '', more: JsonObject = {}): JsonObject => ({
  name,
  path,
  ...more,
});

/** A small Tyk OAS definition; `x` is merged into x-tyk-api-gateway (shallow). */
export function oasDoc(x: JsonObject = {}, paths: JsonObject = {}): JsonObject {
  return {
    openapi: '3.0.3',
    info: { title: 'Test', version: '1.0.0' },
    paths,
    'x-tyk-api-gateway': {
      info: { name: 'Test', state: { active: true } },
      upstream: { url: 'http://upstream' },
      server: { listenPath: { value: '/test/', strip: true } },
      ...x,
    },
  };
}

/**
 * Lint options carrying the manifest of the definition's bundle with the definition's own `custom_middleware`:
 * the bundle the gateway loads holds these very hooks (gateway/coprocess_bundle.go Bundle.AddToSpec).
 */
export function sameHooksBundle(doc: JsonObject): { bundleManifests: Record<string, JsonObject> } {
  const name = typeof doc.custom_middleware_bundle === 'string' ? doc.custom_middleware_bundle : 'bundle.zip';
  const cm = doc.custom_middleware;
  return { bundleManifests: { [name]: { file_list: [], custom_middleware: cm ?? {}, checksum: '', signature: '' } } };
}
