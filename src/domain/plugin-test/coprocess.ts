import { encodeGoQuery } from './go-query';
import { hookGetsSession } from './hooks';
import type { TestableHook } from './hooks';
import type { Sample } from './sample';

/** coprocess.HookType (coprocess/proto/coprocess_common.proto). */
export const COPROCESS_HOOK_TYPE: Record<TestableHook, number> = { pre: 1, post: 2, postAuth: 3, auth: 4, response: 5 };

/** The session fields the co-process SessionState carries (coprocess/proto/coprocess_session_state.proto). */
const PROTO_SESSION_FIELDS = new Set([
  'last_check', 'allowance', 'rate', 'per', 'expires', 'quota_max', 'quota_renews', 'quota_remaining', 'quota_renewal_rate',
  'org_id', 'oauth_client_id', 'hmac_enabled', 'is_inactive', 'apply_policy_id', 'data_expires', 'enable_detailed_recording',
  'tags', 'alias', 'last_updated', 'id_extractor_deadline', 'session_lifetime', 'apply_policies', 'certificate', 'max_query_depth',
]);

const FLOAT_FIELDS = new Set(['allowance', 'rate', 'per']);

/** Values that are not strings are JSON-encoded into the string map, as the gateway's ProtoSessionState does. */
function stringMap(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
}

/** A Tyk session (user.SessionState JSON) as the co-process SessionState: meta_data becomes metadata. */
export function protoSession(session: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(session)) {
    if (!PROTO_SESSION_FIELDS.has(key)) continue;
    if (FLOAT_FIELDS.has(key) && typeof value === 'number') out[key] = value;
    else if (typeof value === 'number' && Number.isInteger(value)) out[key] = value;
    else if (typeof value === 'string' || typeof value === 'boolean' || Array.isArray(value)) out[key] = value;
  }
  out.metadata = stringMap(session.meta_data);
  return out;
}

/** The first value of each header, as the gateway's ProtoMap does. */
function firstValues(values: Record<string, string[]>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v[0] ?? '']));
}

/**
 * The coprocess.Object a Python or Lua hook is handed for a sample (gateway/coprocess.go BuildObject):
 * single-valued headers and params, `return_overrides.response_code` -1 (unset), the body both as text and
 * raw bytes, no session for pre and custom auth hooks, and the spec with config_data as a JSON string.
 */
export function coprocessObject(input: { sample: Sample; hook: TestableHook; functionName: string; orgId: string; apiId: string }): Record<string, unknown> {
  const { sample, hook } = input;
  const query = Object.keys(sample.query).length > 0 ? `?${encodeGoQuery(sample.query)}` : '';
  const headers = firstValues(sample.headers);
  const session = hookGetsSession(hook) ? protoSession(sample.session) : {};
  const responseHeaders = firstValues(sample.response.headers);
  return {
    hook_type: COPROCESS_HOOK_TYPE[hook],
    hook_name: input.functionName,
    request: {
      headers,
      set_headers: {},
      delete_headers: [],
      body: sample.body,
      url: `${sample.path}${query}`,
      params: firstValues(sample.query),
      add_params: {},
      extended_params: {},
      delete_params: [],
      return_overrides: { response_code: -1 },
      method: sample.method,
      request_uri: `${sample.path}${query}`,
      scheme: 'http',
      raw_body: sample.body,
    },
    session,
    metadata: (session as { metadata?: Record<string, string> }).metadata ?? {},
    spec: { OrgID: input.orgId, APIID: input.apiId, bundle_hash: '', config_data: JSON.stringify(sample.configData) },
    response: {
      status_code: sample.response.status,
      raw_body: sample.response.body,
      body: sample.response.body,
      headers: responseHeaders,
      multivalue_headers: Object.entries(sample.response.headers).map(([key, values]) => ({ key, values })),
    },
  };
}
