/**
 * The plugin fields of a Tyk Classic API definition, written for this app from FACTS.md (TykTechnologies/tyk
 * 31e219be, apidef/api_definitions.go). Other fields are allowed through untouched.
 */
const DRIVERS = ['goplugin', 'otto', 'javascript', 'python', 'lua', 'grpc'];

const middlewareDefinition = {
  type: 'object',
  description: 'One function on a hook (Tyk MiddlewareDefinition).',
  required: ['name'],
  properties: {
    name: { type: 'string', description: 'The function the driver calls.' },
    path: { type: 'string', description: 'Go: the compiled .so; JSVM: the .js file; empty for bundle and gRPC functions.' },
    require_session: { type: 'boolean', description: 'Co-process: pass the session (after authentication only).' },
    raw_body_only: { type: 'boolean', description: 'Co-process only: send the raw body.' },
    disabled: { type: 'boolean', description: 'true: the gateway skips this function.' },
    code: { type: 'string', description: 'JavaScript (goja) only: the source, base64, instead of a file.' },
  },
};
const hook = (description: string) => ({ type: 'array', description, items: middlewareDefinition });

const extendedPaths = {
  type: 'object',
  properties: {
    go_plugin: {
      type: 'array',
      description: 'Per-endpoint Go plugins (a .so, whatever the driver).',
      items: {
        type: 'object',
        required: ['path', 'method', 'plugin_path', 'func_name'],
        properties: {
          path: { type: 'string' },
          method: { type: 'string' },
          plugin_path: { type: 'string', description: 'The .so file (never given a bundle prefix).' },
          func_name: { type: 'string' },
          disabled: { type: 'boolean' },
        },
      },
    },
    virtual: {
      type: 'array',
      description: 'JSVM functions that answer an endpoint (need enable_jsvm).',
      items: {
        type: 'object',
        required: ['response_function_name', 'function_source_type', 'function_source_uri', 'path', 'method'],
        properties: {
          response_function_name: { type: 'string' },
          function_source_type: { enum: ['file', 'blob'] },
          function_source_uri: { type: 'string' },
          path: { type: 'string' },
          method: { type: 'string' },
          use_session: { type: 'boolean' },
          proxy_on_error: { type: 'boolean' },
          disabled: { type: 'boolean' },
        },
      },
    },
  },
};

export const CLASSIC_PLUGIN_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Tyk Classic API definition (plugin fields)',
  type: 'object',
  required: ['api_id'],
  properties: {
    api_id: { type: 'string' },
    use_keyless: { type: 'boolean', description: 'true: no authentication; custom auth and post-auth hooks never run.' },
    custom_plugin_auth_enabled: { type: 'boolean', description: 'Switches the auth_check function on.' },
    use_go_plugin_auth: { type: 'boolean', deprecated: true, description: 'Deprecated: use custom_plugin_auth_enabled.' },
    enable_coprocess_auth: { type: 'boolean', deprecated: true, description: 'Deprecated: use custom_plugin_auth_enabled.' },
    custom_middleware: {
      type: 'object',
      properties: {
        driver: { enum: DRIVERS, description: 'One driver per API: every hook function is run by it.' },
        pre: hook('Pre hooks: before authentication.'),
        auth_check: { ...middlewareDefinition, required: [], description: 'The custom auth function (with custom_plugin_auth_enabled).' },
        post_key_auth: hook('Post-auth hooks: after authentication (not on keyless APIs).'),
        post: hook('Post hooks: just before the upstream call.'),
        response: hook('Response hooks: on the upstream response.'),
        id_extractor: {
          type: 'object',
          description: 'Co-process custom auth only: where the key id comes from.',
          properties: {
            extract_from: { enum: ['header', 'form', 'body', ''] },
            extract_with: { enum: ['value', 'xpath', 'regex', ''] },
            extractor_config: { type: 'object' },
            disabled: { type: 'boolean' },
          },
        },
      },
    },
    custom_middleware_bundle: { type: 'string', description: 'Bundle file name(s), comma-separated, fetched from bundle_base_url.' },
    custom_middleware_bundle_disabled: { type: 'boolean' },
    analytics_plugin: {
      type: 'object',
      description: 'A Go .so function run on each analytics record, whatever the driver.',
      properties: { enable: { type: 'boolean' }, plugin_path: { type: 'string' }, func_name: { type: 'string' } },
    },
    config_data: { type: 'object', description: 'Config data passed to every plugin function.' },
    config_data_disabled: { type: 'boolean' },
    version_data: {
      type: 'object',
      properties: {
        versions: {
          type: 'object',
          additionalProperties: { type: 'object', properties: { extended_paths: extendedPaths } },
        },
      },
    },
  },
} as const;
