import type { JsonObject } from '../json';

/**
 * Test fixtures: definitions whose every readable string is markup, script or a template, with
 * "__proto__" and "constructor" keys. UI tests import them to prove that names, descriptions and code
 * show as text and that nothing runs; domain tests prove they pass through unchanged and pollute nothing.
 * Each script, if it ever ran, would set `window.__pwned` (or `globalThis.__pwned`).
 */
export const HOSTILE = {
  script: '<script>window.__pwned = 1</script>',
  img: '<img src=x onerror="window.__pwned = 1">',
  svg: '"><svg onload="window.__pwned = 1">',
  jsUrl: 'javascript:window.__pwned=1',
  template: '{{constructor.constructor("window.__pwned = 1")()}}',
  templateLiteral: '${globalThis.__pwned = 1}',
  iframe: '<iframe srcdoc="<script>parent.__pwned = 1</script>"></iframe>',
  code: 'function Pre(request, session, spec) { window.__pwned = 1; return Pre.ReturnData(request, {}); }',
} as const;

/** Every hostile string of HOSTILE, for "none of these shows as markup" checks. */
export const HOSTILE_STRINGS: readonly string[] = Object.values(HOSTILE);

const h = HOSTILE;
const b64 = (text: string) => btoa(text);

const hookEntry = (name: string, path: string, extra: JsonObject = {}): JsonObject => ({
  name,
  path,
  require_session: false,
  raw_body_only: false,
  ...extra,
});

/**
 * JSON text of a hostile Tyk Classic definition, so that its "__proto__" keys are own keys as they would
 * be in an imported file (an object literal would set the prototype instead).
 */
export function hostileDefinitionText(format: 'classic' | 'oas' = 'classic'): string {
  const doc = format === 'classic' ? classicBody() : oasBody();
  // Spliced in as text: JSON.stringify of a literal cannot make an own "__proto__" key.
  const proto = `"__proto__": {"polluted": ${JSON.stringify(h.script)}}, "constructor": {"prototype": {"polluted": true}},`;
  return JSON.stringify(doc, null, 2)
    .replace(/^\{/, `{\n  ${proto}`)
    .replace('"config_marker": true', proto.slice(0, -1));
}

/** A hostile Tyk Classic (default) or Tyk OAS definition, parsed as an import would parse it. */
export function hostileDefinition(format: 'classic' | 'oas' = 'classic'): JsonObject {
  return JSON.parse(hostileDefinitionText(format)) as JsonObject;
}

function classicBody(): JsonObject {
  return {
    name: `${h.script} Orders ${h.img}`,
    api_id: `${h.svg}`,
    org_id: h.template,
    slug: h.templateLiteral,
    use_keyless: true,
    active: true,
    tags: [h.script, h.jsUrl, h.template],
    proxy: { listen_path: '/<script>alert(1)</script>/', target_url: h.jsUrl, strip_listen_path: true },
    version_data: {
      not_versioned: true,
      default_version: 'Default',
      versions: {
        Default: {
          name: 'Default',
          extended_paths: {
            go_plugin: [
              { path: `/{{constructor}}/${h.img}`, method: 'GET', plugin_path: h.jsUrl, func_name: h.img },
            ],
            virtual: [
              {
                path: '/__proto__/constructor',
                method: 'POST',
                response_function_name: h.template,
                function_source_type: 'blob',
                function_source_uri: b64(h.code),
                use_session: false,
                proxy_on_error: false,
              },
            ],
          },
        },
      },
    },
    custom_middleware: {
      driver: 'javascript',
      pre: [hookEntry(h.img, h.jsUrl, { code: b64(h.code) }), hookEntry('__proto__', `${h.script}.js`)],
      post: [hookEntry(h.template, h.iframe)],
      post_key_auth: [hookEntry('constructor', h.templateLiteral)],
      response: [hookEntry(h.svg, 'toString.js')],
      auth_check: hookEntry(h.script, h.jsUrl),
    },
    config_data: {
      config_marker: true,
      html: h.iframe,
      url: h.jsUrl,
      template: h.template,
      [h.script]: h.code,
    },
    analytics_plugin: { enable: true, plugin_path: h.jsUrl, func_name: h.img },
  };
}

function oasBody(): JsonObject {
  return {
    openapi: '3.0.3',
    info: {
      title: `${h.script} Orders`,
      version: '1.0.0',
      description: `${h.img} ${h.iframe} [x](${h.jsUrl})`,
    },
    servers: [{ url: h.jsUrl }],
    paths: {
      [`/<script>alert(1)</script>/{id}`]: {
        post: { operationId: 'constructor', summary: h.svg, responses: { '200': { description: h.img } } },
      },
      '/__proto__': {
        get: {
          operationId: 'toString',
          description: h.template,
          responses: { '200': { description: 'ok' } },
        },
      },
    },
    'x-tyk-api-gateway': {
      info: { name: `${h.img} Orders`, id: h.svg, state: { active: true } },
      upstream: { url: h.jsUrl },
      server: { listenPath: { value: '/<img src=x onerror=alert(1)>/', strip: true } },
      middleware: {
        global: {
          pluginConfig: {
            driver: 'javascript',
            bundle: { enabled: true, path: `${h.script}.zip` },
            data: { enabled: true, value: { config_marker: true, html: h.iframe, template: h.template } },
          },
          prePlugins: [{ enabled: true, functionName: h.img, path: h.jsUrl, code: b64(h.code) }],
          postPlugins: [{ enabled: true, functionName: h.template, path: h.iframe }],
          responsePlugins: [{ enabled: true, functionName: '__proto__', path: 'constructor.js' }],
        },
        operations: {
          constructor: { postPlugins: [{ enabled: true, functionName: h.svg, path: 'x.so' }] },
          toString: { virtualEndpoint: { enabled: true, functionName: h.template, body: b64(h.code) } },
        },
      },
    },
  };
}
