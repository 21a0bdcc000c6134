/** One name of a plugin API, as completion, hover and signature help show it. */
export interface ApiEntry {
  name: string;
  /** A member (`request.SetHeaders`, `tyk.req.set_header`) is offered after a dot; the rest anywhere. */
  member: boolean;
  kind: 'function' | 'method' | 'field' | 'decorator' | 'object';
  /** `NewProcessRequest(callback)`; fields have none. */
  signature?: string;
  params?: { name: string; doc: string }[];
  doc: string;
  /** Inserted instead of the name (a snippet with tab stops). */
  snippet?: string;
}

const fn = (name: string, params: [string, string][], doc: string, member = false): ApiEntry => ({
  name,
  member,
  kind: member ? 'method' : 'function',
  signature: `${name}(${params.map(([p]) => p).join(', ')})`,
  params: params.map(([p, d]) => ({ name: p, doc: d })),
  doc,
  snippet: `${name}(${params.map(([p], i) => `\${${i + 1}:${p}}`).join(', ')})`,
});
const field = (name: string, doc: string): ApiEntry => ({ name, member: true, kind: 'field', doc });

/** The JSVM's API (gateway/mw_js_plugin.go coreJS and LoadTykJSApi; goja's storage in mw_js_plugin_goja.go). */
export const JAVASCRIPT_API: ApiEntry[] = [
  { name: 'TykJS', member: false, kind: 'object', doc: 'The JSVM namespace: `new TykJS.TykMiddleware.NewMiddleware({})` makes a middleware object; the definition names that object.' },
  fn('NewMiddleware', [['configuration', 'Any object; kept as `this.configuration`.']], 'A middleware object (`new TykJS.TykMiddleware.NewMiddleware({})`). Assign it to the global the definition names.', true),
  fn('NewProcessRequest', [['callback', '`function (request, session, spec)`: return `ReturnData(request, sessionMeta)` (or `ReturnAuthData` in custom auth).']], 'Registers the request handler. The gateway calls `<name>.DoProcessRequest`, which decodes the body, calls it, then empties `request.Headers`: change headers with SetHeaders and DeleteHeaders.', true),
  fn('NewProcessResponse', [['callback', '`function (response, request, session, spec)`: return `ReturnResponseData(response, sessionMeta)`.']], 'Registers a response hook handler; the response body is a plain string.', true),
  fn('ReturnData', [['request', 'The request object, changed.'], ['sessionMeta', 'The session metadata to keep (post-auth and post hooks); `{}` otherwise.']], 'What a request handler returns: `{Request, SessionMeta}`. Returning nothing fails the request (500).', true),
  fn('ReturnResponseData', [['response', 'The response object, changed.'], ['sessionMeta', 'The session metadata to keep.']], 'What a response handler returns: `{Response, SessionMeta}`.', true),
  fn('ReturnAuthData', [['request', 'The request object.'], ['session', 'The session for this key (rate, per, quota_max, access_rights, meta_data…).']], 'Custom auth: let the request in with this session.', true),
  fn('log', [['message', 'Turned into a string.']], 'Writes a line to the gateway log (info level).'),
  fn('rawlog', [['message', 'Turned into a string.']], 'Writes the message to the gateway log as is.'),
  fn('b64enc', [['text', 'A string (its UTF-8 bytes are encoded).']], 'Standard base64, padded.'),
  fn('b64dec', [['text', 'Padded base64 (unpadded is tried next).']], 'Decodes base64 into a string; undefined when it is not base64.'),
  fn('rawb64enc', [['text', 'A string.']], 'Base64 without padding.'),
  fn('rawb64dec', [['text', 'Unpadded base64.']], 'Decodes unpadded base64; undefined when it is not base64.'),
  fn('TykMakeHttpRequest', [['requestJson', '`JSON.stringify({Method, Domain, Resource, Headers, Body, FormData})`.']], 'Makes an HTTP call from the gateway and returns `JSON` of `{Code, Body, Headers}` (undefined on failure). In the browser, answered from the stubs.'),
  fn('TykBatchRequest', [['batchJson', '`JSON.stringify({requests: [{method, relative_url, headers, body}]})`.']], 'Runs several requests; returns JSON of `[{relative_url, code, headers, body}]`.'),
  fn('TykGetKeyData', [['key', 'The key.'], ['apiId', 'The API id.']], 'The session of a key, as JSON text.'),
  fn('TykSetKeyData', [['key', 'The key.'], ['sessionJson', 'The session as JSON text.'], ['suppressReset', '"1" to keep the quota.']], 'Writes a key’s session.'),
  fn('TykJsResponse', [['response', '`{Body, Headers, Code}`.'], ['sessionMeta', 'Session metadata to keep.']], 'What a virtual endpoint returns.'),
  fn('TykStorageGet', [['key', 'The key.']], 'goja (driver `javascript`) only: a value from the plugin store, or null.'),
  fn('TykStorageSet', [['key', 'The key.'], ['value', 'A string.'], ['ttl', 'Seconds; 0 keeps it.']], 'goja only: stores a value.'),
  field('SetHeaders', 'Headers to set on the request: `request.SetHeaders["X-Name"] = "value"`. The only way to add or change a header.'),
  field('DeleteHeaders', 'Header names to remove: `request.DeleteHeaders.push("Cookie")`.'),
  field('Headers', 'The request’s headers, `{name: [values]}`: read only (the gateway resets it after the hook).'),
  field('Body', 'The body as a string (decoded from base64 before the hook, encoded after).'),
  field('Params', 'The query parameters, `{name: [values]}`: read only.'),
  field('AddParams', 'Query parameters to set: `request.AddParams["page"] = "2"`.'),
  field('DeleteParams', 'Query parameter names to remove.'),
  field('ReturnOverrides', '`{ResponseCode, ResponseError, ResponseBody, ResponseHeaders, OverrideError}`: answer the client here (a code of 400 or more ends the request as an error).'),
  field('ResponseCode', 'The status the gateway answers with; 0 lets the request go on.'),
  field('ResponseError', 'The error body (also used as the body).'),
  field('URL', 'The request URL; change it to rewrite the request.'),
  field('Method', 'The HTTP method.'),
  field('RequestURI', 'The path and query as received.'),
  field('StatusCode', 'Response hooks: the upstream’s status; set it to change it.'),
  field('meta_data', 'The session’s metadata.'),
];

/** The Python co-process API (coprocess/python/tyk/*.py and the co-process protocol's messages). */
export const PYTHON_API: ApiEntry[] = [
  { name: 'Hook', member: false, kind: 'decorator', doc: '`@Hook`: makes a function a hook. Its argument count decides how the gateway calls it: 3 (request, session, spec), 4 (request, session, metadata, spec: custom auth), 5 (request, response, session, metadata, spec: response).' },
  { name: 'TykGateway', member: false, kind: 'object', doc: '`from gateway import TykGateway as tyk`: log, log_error, get_data, store_data, trigger_event.' },
  fn('log', [['message', 'The text.'], ['level', '"info", "debug", "error"…']], 'Writes to the gateway log.', true),
  fn('log_error', [['message', 'The text.']], 'Writes an error to the gateway log.', true),
  fn('get_data', [['key', 'The key.']], 'Reads a value from the gateway’s storage (bytes).', true),
  fn('store_data', [['key', 'The key.'], ['value', 'A string.'], ['ttl', 'Seconds.']], 'Writes a value to the gateway’s storage.', true),
  fn('add_header', [['key', 'Header name.'], ['value', 'Its value.']], 'Sets a header on the request (request.object.set_headers).', true),
  fn('delete_header', [['key', 'Header name.']], 'Removes a header from the request.', true),
  fn('add_param', [['key', 'Parameter name.'], ['value', 'Its value.']], 'Sets a query parameter.', true),
  fn('delete_param', [['key', 'Parameter name.']], 'Removes a query parameter.', true),
  fn('get_header', [['key', 'Header name.']], 'A request header’s (first) value, or None.', true),
  field('object', 'The MiniRequestObject: headers, set_headers, delete_headers, body, raw_body, url, params, return_overrides, method…'),
  field('return_overrides', 'response_code, response_error, headers, override_error, response_body: answer the client here.'),
  field('raw_body', 'The body as bytes: what the gateway sends on (body alone is not read back).'),
  field('metadata', 'The session metadata (strings); custom auth sets metadata["token"] to the key.'),
  field('status_code', 'Response hooks: the upstream’s status.'),
];

/** The Lua dispatcher's helpers (coprocess/lua/bundle.lua). */
export const LUA_API: ApiEntry[] = [
  { name: 'tyk', member: false, kind: 'object', doc: '`tyk.req`: set_header, clear_header, get_headers, acting on the request being dispatched.' },
  fn('set_header', [['key', 'Header name.'], ['value', 'Its value.']], '`tyk.req.set_header`: sets a header on the request.', true),
  fn('clear_header', [['key', 'Header name.']], '`tyk.req.clear_header`: removes a header. Each call replaces the list: only the last name is removed.', true),
  fn('get_headers', [], '`tyk.req.get_headers()`: the request’s headers.', true),
  field('set_headers', 'Headers to set; nil until one is set (use tyk.req.set_header).'),
  field('delete_headers', 'Header names to remove.'),
  field('raw_body', 'The body, base64 encoded.'),
];
