import type { JsonObject } from '../json';

/** Small definitions the domain tests share. Kept in code, not copied from ../shared/tyk. */
export function classicFixture(): JsonObject {
  return {
    name: 'Refunds',
    api_id: 'refunds',
    use_keyless: false,
    custom_middleware: {
      pre: [{ name: 'Pre1', path: 'pre1.so', require_session: false }, { name: 'Pre2', path: 'pre2.so', code: 'keep' }],
      post_key_auth: [],
      post: [{ name: 'Post1', path: 'post1.so' }],
      auth_check: { name: '', path: '', require_session: false, raw_body_only: false },
      response: [],
      driver: 'goplugin',
    },
    custom_middleware_: { pre: [{ name: 'Stray' }] },
    proxy: { listen_path: '/refunds/', target_url: 'http://upstream' },
    version_data: {
      not_versioned: true,
      versions: { Default: { name: 'Default', use_extended_paths: true, extended_paths: { white_list: [{ path: '/refunds/{id}', method_actions: { POST: {} } }] } } },
    },
  };
}

export function oasFixture(options: { legacy?: boolean } = {}): JsonObject {
  const global: JsonObject = options.legacy
    ? { pluginConfig: { driver: 'goplugin' }, prePlugin: { plugins: [{ enabled: true, functionName: 'Pre1', path: 'pre1.so' }] } }
    : { pluginConfig: { driver: 'goplugin' }, prePlugins: [{ enabled: true, functionName: 'Pre1', path: 'pre1.so', pluginId: 'keep' }] };
  return {
    openapi: '3.0.3',
    info: { title: 'Pets', version: '1.0.0' },
    paths: { '/pets': { get: { operationId: 'listPets' }, post: { operationId: 'addPet' } }, '/pets/{id}': { delete: {} } },
    'x-tyk-api-gateway': {
      info: { id: 'pets', name: 'Pets', state: { active: true } },
      upstream: { url: 'http://upstream' },
      server: { listenPath: { value: '/pets/', strip: true }, authentication: { enabled: true, securitySchemes: {} } },
      middleware: { global },
    },
  };
}
