import { describe, expect, it } from 'vitest';
import { source as schemaSource } from 'virtual:oas-write-validator';
import type { JsonObject } from '../domain/json';
import { setFaults } from './faults';
import { installEmbeddedGateway } from './testing/embedded-gateway-for-tests';
import { tyk } from './testing/tyk-request';

installEmbeddedGateway();

/**
 * The embedded gateway against the real one's behaviour, row by row: a request (after some set-up calls),
 * the status and the body (or the message) Tyk answers with, and the gateway file each row comes from
 * (TykTechnologies/tyk 31e219be). Every sync test runs against this gateway, so what it forgives, CI
 * forgives.
 */

const ext = (name: string, listenPath: string, more: JsonObject = {}): JsonObject => ({
  info: { name, state: { active: true } },
  upstream: { url: 'http://upstream.internal' },
  server: { listenPath: { value: listenPath } },
  ...more,
});
const oas = (id: string, name = 'Loyalty', listenPath = '/loyalty/', more: JsonObject = {}): JsonObject => ({
  openapi: '3.0.3',
  info: { title: name, version: '1.0.0' },
  paths: {},
  'x-tyk-api-gateway': { ...ext(name, listenPath, more), info: { id, name, state: { active: true } } },
});
const classic = (id: string, more: JsonObject = {}): JsonObject => ({
  api_id: id,
  name: 'Loyalty',
  proxy: { listen_path: '/loyalty/', target_url: 'http://upstream.internal' },
  ...more,
});

interface Call {
  method: string;
  path: string;
  body?: unknown;
  rawBody?: string;
}

interface Row {
  cite: string;
  what: string;
  before?: Call[];
  faults?: Parameters<typeof setFaults>[0];
  call: Call;
  status: number;
  /** The whole answer, or a part of it. */
  body?: unknown;
  message?: string | RegExp;
  /** Needs Tyk's own OpenAPI schema (present when ../shared/tyk was beside the project at build time). */
  tykSchema?: boolean;
}

const reload: Call = { method: 'GET', path: '/tyk/reload?block=true' };

const ROWS: Row[] = [
  // Validation of OAS writes, in validateOAS's order.
  {
    cite: 'gateway/api.go:3240-3272 validateOAS (ErrRequestMalformed, api.go:86)',
    what: 'an OAS write that is not JSON',
    call: { method: 'POST', path: '/tyk/apis/oas', rawBody: '{nope' },
    status: 400,
    body: { status: 'error', message: 'request malformed' },
  },
  {
    cite: 'gateway/api.go:3253 ErrPayloadWithoutTykExtension, before the API is looked up',
    what: 'PUT without x-tyk-api-gateway to an id that does not exist',
    call: { method: 'PUT', path: '/tyk/apis/oas/no-such-api', body: { openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {} } },
    status: 400,
    body: { status: 'error', message: 'the payload should contain x-tyk-api-gateway' },
  },
  {
    cite: 'apidef/oas/validator.go ValidateOASObject; x-tyk-api-gateway.json X-Tyk-Info required',
    what: 'an OAS API without info.name',
    call: { method: 'POST', path: '/tyk/apis/oas', body: { ...oas('x'), 'x-tyk-api-gateway': { ...ext('n', '/x/'), info: { state: { active: true } } } } },
    status: 400,
    message: 'x-tyk-api-gateway.info: name is required',
  },
  {
    cite: 'x-tyk-api-gateway.json X-Tyk-Upstream anyOf [url, loadBalancing]; gojsonschema keeps the first branch on a tie',
    what: 'an OAS API without upstream.url',
    call: { method: 'POST', path: '/tyk/apis/oas', body: { ...oas('x'), 'x-tyk-api-gateway': { ...ext('n', '/x/'), upstream: {} } } },
    status: 400,
    message: /x-tyk-api-gateway\.upstream: Must validate at least one schema \(anyOf\)\nx-tyk-api-gateway\.upstream: url is required/,
  },
  {
    cite: 'x-tyk-api-gateway.json X-Tyk-Server required listenPath',
    what: 'an OAS API without server.listenPath',
    call: { method: 'POST', path: '/tyk/apis/oas', body: { ...oas('x'), 'x-tyk-api-gateway': { ...ext('n', '/x/'), server: {} } } },
    status: 400,
    message: 'x-tyk-api-gateway.server: listenPath is required',
  },
  {
    cite: 'x-tyk-api-gateway.json X-Tyk-PluginConfig driver enum (FACTS: "OAS: refused on write with a 400")',
    what: 'an OAS API with an unknown driver',
    call: { method: 'POST', path: '/tyk/apis/oas', body: oas('x', 'Loyalty', '/x/', { middleware: { global: { pluginConfig: { driver: 'ruby' } } } }) },
    status: 400,
    message:
      'x-tyk-api-gateway.middleware.global.pluginConfig.driver: x-tyk-api-gateway.middleware.global.pluginConfig.driver must be one of the following: "otto", "python", "lua", "grpc", "goplugin", "javascript"',
  },
  {
    cite: 'x-tyk-api-gateway.json X-Tyk-CustomPluginDefinition required [enabled, functionName]',
    what: 'a pre plugin without functionName',
    call: { method: 'POST', path: '/tyk/apis/oas', body: oas('x', 'Loyalty', '/x/', { middleware: { global: { prePlugins: [{ enabled: true, path: 'a.so' }] } } }) },
    status: 400,
    message: 'x-tyk-api-gateway.middleware.global.prePlugins.0: functionName is required',
  },
  {
    cite: 'apidef/oas/validator.go GetOASSchema: "Schema not found for version %q"',
    what: 'an OpenAPI version the gateway has no schema for',
    call: { method: 'POST', path: '/tyk/apis/oas', body: { ...oas('x'), openapi: '4.0.0' } },
    status: 400,
    body: { status: 'error', message: 'Schema not found for version "4.0.0"' },
  },
  {
    cite: 'gateway/api.go handleAddApi: sanitize.ValidatePathComponent (internal/sanitize/path.go)',
    what: 'an OAS API whose id is a path',
    call: { method: 'POST', path: '/tyk/apis/oas', body: oas('../etc') },
    status: 400,
    body: { status: 'error', message: 'Invalid API ID' },
  },
  // Classic writes.
  {
    cite: 'gateway/api.go handleAddApi: json.Decode into apidef.APIDefinition',
    what: 'a Classic field of the wrong JSON type',
    call: { method: 'POST', path: '/tyk/apis', body: classic('x', { use_keyless: 'yes' }) },
    status: 400,
    body: { status: 'error', message: 'Request malformed' },
  },
  {
    cite: 'apidef/validator.go RuleAtLeastEnableOneAuthSource; gateway/api.go:3782 validateAPIDef',
    what: 'auth token on with every key source off',
    call: { method: 'POST', path: '/tyk/apis', body: classic('x', { use_standard_auth: true, auth_configs: { authToken: { disable_header: true } } }) },
    status: 400,
    body: {
      status: 'error',
      message: 'Validation of API Definition failed. Reason: all auth sources are disabled for authToken, at least one of header/cookie/query must be enabled.',
    },
  },
  {
    cite: 'apidef/validator.go RuleValidateIPList',
    what: 'an allow list entry that is not an address',
    call: { method: 'POST', path: '/tyk/apis', body: classic('x', { enable_ip_whitelisting: true, allowed_ips: ['10.0.0.0/8', 'intranet'] }) },
    status: 400,
    message: 'Validation of API Definition failed. Reason: invalid IP/CIDR "intranet".',
  },
  {
    cite: 'apidef/validator.go RuleLoadBalancingTargets',
    what: 'load balancing with no targets',
    call: { method: 'POST', path: '/tyk/apis', body: classic('x', { proxy: { listen_path: '/x/', enable_load_balancing: true, target_list: [] } }) },
    status: 400,
    message: /all load balancing targets have weight 0/,
  },
  {
    cite: 'gateway/api.go handleUpdateApi: ValidatePathComponent first',
    what: 'a PUT to an id with an encoded slash',
    call: { method: 'PUT', path: '/tyk/apis/a%252Fb', body: classic('a/b') },
    status: 400,
    body: { status: 'error', message: 'Invalid API ID' },
  },
  {
    cite: 'gateway/server.go:950 POST /apis/{apiID} goes to handleAddApi, which takes the id from the body',
    what: 'POST /tyk/apis/{id}',
    call: { method: 'POST', path: '/tyk/apis/anything', body: classic('loyalty') },
    status: 200,
    body: { key: 'loyalty', status: 'ok', action: 'added' },
  },
  // Reload semantics.
  {
    cite: 'gateway/api.go handleAddApi writes the file; the loader serves it from the next reload',
    what: 'a created API before the reload',
    before: [{ method: 'POST', path: '/tyk/apis', body: classic('loyalty') }],
    call: { method: 'GET', path: '/tyk/apis/loyalty' },
    status: 404,
    body: { status: 'error', message: 'API not found' },
  },
  {
    cite: 'gateway/api.go handleUpdateApi: getApiSpec (loaded specs only)',
    what: 'an update of a created API before the reload',
    before: [{ method: 'POST', path: '/tyk/apis', body: classic('loyalty') }],
    call: { method: 'PUT', path: '/tyk/apis/loyalty', body: classic('loyalty') },
    status: 404,
  },
  {
    cite: 'gateway/api.go handleGetAPI after a reload: Go encodes every apidef.APIDefinition field',
    what: 'a created API after the reload, with its defaults',
    before: [{ method: 'POST', path: '/tyk/apis', body: classic('loyalty') }, reload],
    call: { method: 'GET', path: '/tyk/apis/loyalty' },
    status: 200,
    body: { api_id: 'loyalty', use_keyless: false, custom_middleware: { pre: [], driver: '' }, is_oas: false, tags: [] },
  },
  {
    cite: 'gateway/api_loader.go:207-232 processSpec: a duplicate listen path becomes <path>-<api_id>',
    what: 'a second API on /payments/ after the reload',
    before: [{ method: 'POST', path: '/tyk/apis', body: classic('clash', { proxy: { listen_path: '/payments/', target_url: 'http://x' } }) }, reload],
    call: { method: 'GET', path: '/tyk/apis/clash' },
    status: 200,
    body: { proxy: { listen_path: '/payments/-clash' } },
  },
  {
    cite: 'gateway/api_loader.go:207-232: the API that already served the path keeps it',
    what: 'the first API on /payments/ after the clash',
    before: [{ method: 'POST', path: '/tyk/apis', body: classic('clash', { proxy: { listen_path: '/payments/', target_url: 'http://x' } }) }, reload],
    call: { method: 'GET', path: '/tyk/apis/payments' },
    status: 200,
    body: { proxy: { listen_path: '/payments/' } },
  },
  {
    cite: 'apidef/oas/middleware.go: pluginId/pluginHash are not in the Go type, so they do not survive a load',
    what: 'an OAS plugin entry with pluginId, after the reload',
    before: [{ method: 'POST', path: '/tyk/apis/oas', body: oas('loyalty', 'Loyalty', '/loyalty/', { middleware: { global: { prePlugins: [{ enabled: true, functionName: 'f', path: 'a.so', pluginId: 'p1' }] } } }) }, reload],
    call: { method: 'GET', path: '/tyk/apis/oas/loyalty' },
    status: 200,
    body: { servers: [{ url: 'http://localhost:8080/loyalty/' }], 'x-tyk-api-gateway': { middleware: { global: { prePlugins: [{ enabled: true, functionName: 'f', path: 'a.so' }] } } } },
  },
  {
    cite: 'gateway/api.go:3274-3283 blockInDashboardMode',
    what: 'a write to a gateway managed by a Dashboard',
    faults: { dashboardManaged: true },
    call: { method: 'PUT', path: '/tyk/apis/payments', body: classic('payments') },
    status: 500,
    body: { status: 'error', message: 'Due to enabled use_db_app_configs, please use the Dashboard API' },
  },
  {
    cite: 'gateway/server.go:957: the Classic DELETE is registered without blockInDashboardMode',
    what: 'a Classic DELETE on a gateway managed by a Dashboard',
    faults: { dashboardManaged: true },
    call: { method: 'DELETE', path: '/tyk/apis/payments' },
    status: 200,
    body: { key: 'payments', status: 'ok', action: 'deleted' },
  },
  {
    cite: 'gateway/api.go handleGetAPI: ErrOASGetForOldAPI',
    what: 'a Classic API on the OAS route',
    call: { method: 'GET', path: '/tyk/apis/oas/payments' },
    status: 400,
    body: { status: 'error', message: 'the requested API definition is in Tyk classic format, please use old api endpoint' },
  },
  // Versions.
  {
    cite: 'lib/apidef/version.go Validate; gateway/api.go handleAddApi answers 422 (TT-7523)',
    what: 'a new version without its name',
    call: { method: 'POST', path: '/tyk/apis?base_api_id=payments', body: classic('payments-v2') },
    status: 422,
    body: { status: 'error', message: 'The new version name is required' },
  },
  {
    cite: 'lib/apidef/version.go Validate',
    what: 'a new version of an API that does not exist',
    call: { method: 'POST', path: '/tyk/apis?base_api_id=nope&new_version_name=v2', body: classic('payments-v2') },
    status: 400,
    body: { status: 'error', message: 'nope is not a valid Base API version' },
  },
  {
    cite: 'gateway/versions_handler.go; api_helpers.go updateBaseAPIWithNewVersion changes the loaded base at once',
    what: 'the versions of a base API, the new one served after a reload',
    before: [{ method: 'POST', path: '/tyk/apis?base_api_id=payments&base_api_version_name=v1&new_version_name=v2&set_default=true', body: classic('payments-v2', { proxy: { listen_path: '/payments-v2/', target_url: 'http://x' } }) }, reload],
    call: { method: 'GET', path: '/tyk/apis/payments/versions' },
    status: 200,
    body: {
      status: 'success',
      apis: [
        { id: 'payments', name: 'Payments API', versionName: 'v1', internal: false, expirationDate: '', isDefaultVersion: false },
        { id: 'payments-v2', name: 'Loyalty', versionName: 'v2', internal: false, expirationDate: '', isDefaultVersion: true },
      ],
    },
  },
  {
    cite: 'gateway/versions_handler.go: getApiDef error',
    what: 'the versions of an API that does not exist',
    call: { method: 'GET', path: '/tyk/apis/oas/nope/versions' },
    status: 404,
    body: { status: 'error', message: 'API not found' },
  },
  // MCP proxies.
  {
    cite: 'gateway/api.go shouldIncludeAPI: MCP proxies listed only with include_types=mcp',
    what: 'an MCP proxy in /tyk/apis',
    before: [{ method: 'POST', path: '/tyk/mcps', body: oas('mcp-1', 'Tools', '/tools/') }, reload],
    call: { method: 'GET', path: '/tyk/apis?include_types=mcp' },
    status: 200,
    body: expect.arrayContaining([expect.objectContaining({ api_id: 'mcp-1', application_protocol: 'mcp', is_oas: true })]) as unknown,
  },
  {
    cite: 'gateway/api_helpers.go handleGetOASByID with mcpTypeCheck',
    what: 'an ordinary API on the MCP route',
    call: { method: 'GET', path: '/tyk/mcps/orders' },
    status: 404,
    body: { status: 'error', message: 'API is not an MCP Proxy' },
  },
  // /tyk/debug.
  {
    cite: 'gateway/tracing.go traceHandler: the definition is checked first',
    what: 'a trace without a definition',
    call: { method: 'POST', path: '/tyk/debug', body: { request: { method: 'GET', path: '/' } } },
    status: 400,
    body: { status: 'error', message: 'Spec field is missing' },
  },
  {
    cite: 'gateway/tracing.go traceHandler',
    what: 'a trace without a request',
    call: { method: 'POST', path: '/tyk/debug', body: { spec: classic('x') } },
    status: 400,
    body: { status: 'error', message: 'Request field is missing' },
  },
  {
    cite: 'gateway/tracing.go toRequest: url.JoinPath(listen_path, request.path)',
    what: 'a traced path, joined onto the listen path',
    call: { method: 'POST', path: '/tyk/debug', body: { spec: classic('x', { use_keyless: true }), request: { method: 'GET', path: '/points/7' } } },
    status: 200,
    body: { message: 'ok', response: expect.stringContaining('GET /loyalty/points/7 HTTP/1.1') as unknown },
  },
  {
    cite: 'gateway/api_loader.go:83-106 skipSpecBecauseInvalid; tracing.go: no handler is a 400 with message "error"',
    what: 'a trace of an API with a space in its listen path',
    call: { method: 'POST', path: '/tyk/debug', body: { spec: classic('x', { proxy: { listen_path: '/loyalty points/' } }), request: { method: 'GET', path: '/' } } },
    status: 400,
    body: { message: 'error', response: '', logs: expect.stringContaining('Listen path contains spaces, is invalid') as unknown },
  },
];

describe("the embedded gateway answers as Tyk's gateway does", () => {
  if (schemaSource !== 'tyk') {
    console.warn('[gateway-behaviours] ../shared/tyk/schema was absent at build: rows that need Tyk\'s OpenAPI schema are skipped.');
  }
  const rows = ROWS.filter((row) => !row.tykSchema || schemaSource === 'tyk');
  it.each(rows.map((row) => [`${row.what} (${row.cite})`, row] as const))('%s', async (_name, row) => {
    for (const call of row.before ?? []) {
      const answer = await tyk(call.method, call.path, { body: call.body });
      expect(answer.status, `set-up ${call.method} ${call.path}`).toBeLessThan(300);
    }
    if (row.faults) setFaults(row.faults);
    const { status, json } = await tyk(row.call.method, row.call.path, {
      ...(row.call.rawBody === undefined ? { body: row.call.body } : { rawBody: row.call.rawBody }),
    });
    expect({ status, json }).toMatchObject({ status: row.status, ...(row.body === undefined ? {} : { json: row.body }) });
    if (row.message !== undefined) {
      const message = (json as { message?: string }).message ?? '';
      if (typeof row.message === 'string') expect(message).toBe(row.message);
      else expect(message).toMatch(row.message);
    }
  });
});
