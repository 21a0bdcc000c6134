/**
 * The plugin-related parts of the Tyk OAS `x-tyk-api-gateway` extension, written for this app from
 * FACTS.md and the gateway's x-tyk-api-gateway schema (TykTechnologies/tyk 31e219be). Only what the app
 * edits is described in detail; everything else is allowed through untouched, as the gateway keeps it.
 */
// In the order of the gateway's own enum (x-tyk-api-gateway.json X-Tyk-PluginConfig), so refusals read alike.
const DRIVERS = ['otto', 'python', 'lua', 'grpc', 'goplugin', 'javascript'];

const functionName = { type: 'string', description: 'The function the driver calls (Go: the exported symbol; JSVM: the middleware object).' };
const pluginPath = { type: 'string', description: 'Go: the compiled .so; JSVM: the .js file; empty for bundle and gRPC functions.' };

const customPlugin = {
  type: 'object',
  description: 'One function on a hook (Tyk CustomPluginDefinition).',
  required: ['enabled', 'functionName'],
  properties: {
    enabled: { type: 'boolean', description: 'false: the gateway skips this function.' },
    functionName,
    path: pluginPath,
    rawBodyOnly: { type: 'boolean', description: 'Co-process only: send the raw body, not a parsed one.' },
    requireSession: { type: 'boolean', description: 'Co-process: pass the session (after authentication only).' },
    code: { type: 'string', description: 'JavaScript (goja) only: the source, base64, instead of a file.' },
    pluginId: { type: 'string' },
    pluginHash: { type: 'string' },
  },
};

const customPlugins = {
  type: 'array',
  description: 'Functions in the order the gateway runs them.',
  items: customPlugin,
};

/** The older shape `{ plugins: [...] }` (prePlugin, postPlugin, ...), still read by the gateway. */
const legacyHook = {
  type: 'object',
  deprecated: true,
  description: 'Older shape: prefer the plural field (prePlugins, postPlugins, ...).',
  properties: { plugins: customPlugins },
};

const idExtractor = {
  type: 'object',
  description: 'Co-process custom auth only: where the key id comes from, so sessions can be cached.',
  required: ['enabled', 'source', 'with', 'config'],
  properties: {
    enabled: { type: 'boolean' },
    source: { enum: ['header', 'form', 'body'] },
    with: { enum: ['value', 'xpath', 'regex'] },
    config: {
      type: 'object',
      properties: {
        headerName: { type: 'string' },
        formParamName: { type: 'string' },
        regexp: { type: 'string' },
        regexpMatchIndex: { type: 'integer' },
        xPathExp: { type: 'string' },
      },
    },
  },
};

const pluginConfig = {
  type: 'object',
  properties: {
    driver: { enum: DRIVERS, description: 'One driver per API: every hook function is run by it.' },
    bundle: {
      type: 'object',
      description: 'A plugin bundle (zip with manifest.json) fetched from bundle_base_url.',
      required: ['enabled', 'path'],
      properties: { enabled: { type: 'boolean' }, path: { type: 'string', pattern: '\\S+' } },
    },
    data: {
      type: 'object',
      description: 'Config data passed to every plugin function.',
      required: ['enabled', 'value'],
      properties: { enabled: { type: 'boolean' }, value: { type: 'object' } },
    },
  },
};

const operation = {
  type: 'object',
  properties: {
    postPlugins: {
      type: 'array',
      description: 'Per-endpoint Go plugins (a .so, whatever the driver).',
      items: {
        type: 'object',
        required: ['enabled', 'functionName', 'path'],
        properties: { enabled: { type: 'boolean' }, functionName, path: { type: 'string', description: 'The .so file.' } },
      },
    },
    virtualEndpoint: {
      type: 'object',
      description: 'A JSVM function that answers this endpoint (needs enable_jsvm).',
      required: ['enabled', 'functionName'],
      properties: {
        enabled: { type: 'boolean' },
        functionName,
        path: { type: 'string' },
        body: { type: 'string', description: 'The source, base64, instead of a file.' },
        proxyOnError: { type: 'boolean' },
        requireSession: { type: 'boolean' },
      },
    },
  },
};

export const OAS_PLUGIN_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Tyk OAS API definition (plugin parts)',
  type: 'object',
  required: ['openapi', 'info', 'paths', 'x-tyk-api-gateway'],
  properties: {
    openapi: { type: 'string', pattern: '^3\\.' },
    'x-tyk-api-gateway': {
      type: 'object',
      required: ['info', 'upstream', 'server'],
      properties: {
        info: {
          type: 'object',
          required: ['name', 'state'],
          properties: {
            id: { type: 'string' },
            name: { type: 'string', pattern: '\\S+', description: 'The API name the gateway shows.' },
            state: {
              type: 'object',
              required: ['active'],
              properties: { active: { type: 'boolean' }, internal: { type: 'boolean' } },
            },
          },
        },
        upstream: {
          type: 'object',
          description: 'Where requests go: a URL, or load-balanced targets.',
          anyOf: [{ required: ['url'] }, { required: ['loadBalancing'] }],
          properties: { url: { type: 'string' } },
        },
        server: {
          type: 'object',
          required: ['listenPath'],
          properties: {
            listenPath: {
              type: 'object',
              required: ['value'],
              properties: {
                value: { type: 'string', pattern: '\\S+', description: 'The path the API is served under.' },
                strip: { type: 'boolean' },
              },
            },
            authentication: {
              type: 'object',
              properties: {
                enabled: { type: 'boolean', description: 'false (or absent): the API is keyless; custom auth and post-auth hooks never run.' },
                custom: {
                  type: 'object',
                  description: 'Custom authentication by a plugin function.',
                  required: ['enabled'],
                  properties: {
                    enabled: { type: 'boolean' },
                    config: {
                      type: 'object',
                      required: ['enabled', 'functionName'],
                      properties: {
                        enabled: { type: 'boolean' },
                        functionName,
                        path: pluginPath,
                        rawBodyOnly: { type: 'boolean' },
                        requireSession: { type: 'boolean' },
                        idExtractor,
                      },
                    },
                  },
                },
              },
            },
          },
        },
        middleware: {
          type: 'object',
          properties: {
            global: {
              type: 'object',
              properties: {
                pluginConfig,
                prePlugins: { ...customPlugins, description: 'Pre hooks: before authentication.' },
                postAuthenticationPlugins: { ...customPlugins, description: 'Post-auth hooks: after authentication (not on keyless APIs).' },
                postPlugins: { ...customPlugins, description: 'Post hooks: just before the upstream call.' },
                responsePlugins: { ...customPlugins, description: 'Response hooks: on the upstream response.' },
                prePlugin: legacyHook,
                postAuthenticationPlugin: legacyHook,
                postPlugin: legacyHook,
                responsePlugin: legacyHook,
                trafficLogs: {
                  type: 'object',
                  required: ['enabled'],
                  properties: {
                    enabled: { type: 'boolean' },
                    plugins: {
                      type: 'array',
                      description: 'Analytics plugins: Go .so functions run on each analytics record.',
                      items: {
                        type: 'object',
                        required: ['enabled'],
                        properties: { enabled: { type: 'boolean' }, functionName, path: { type: 'string' } },
                      },
                    },
                  },
                },
              },
            },
            operations: { type: 'object', additionalProperties: operation },
          },
        },
      },
    },
  },
} as const;
