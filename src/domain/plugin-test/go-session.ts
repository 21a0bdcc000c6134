import { isJsonObject } from '../json';

/**
 * The JSON names of user.SessionState (user/session.go). Every field is `omitzero` or `omitempty`, so an empty
 * session marshals as `{}`, and a session that goes through the gateway comes back with only these fields,
 * zero values left out.
 */
const SESSION_FIELDS = [
  'last_check', 'allowance', 'rate', 'per', 'throttle_interval', 'throttle_retry_limit', 'max_query_depth',
  'date_created', 'expires', 'quota_max', 'quota_renews', 'quota_remaining', 'quota_renewal_rate', 'access_rights',
  'org_id', 'oauth_client_id', 'oauth_keys', 'certificate', 'mtls_static_certificate_bindings', 'basic_auth_data',
  'jwt_data', 'hmac_enabled', 'enable_http_signature_validation', 'hmac_string', 'rsa_certificate_id', 'is_inactive',
  'apply_policy_id', 'apply_policies', 'data_expires', 'monitor', 'enable_detail_recording',
  'enable_detailed_recording', 'meta_data', 'tags', 'alias', 'last_updated', 'id_extractor_deadline',
  'session_lifetime', 'post_expiry_action', 'post_expiry_grace_period', 'smoothing',
] as const;

function isZero(value: unknown): boolean {
  if (value === null || value === undefined || value === 0 || value === '' || value === false) return true;
  if (Array.isArray(value)) return value.length === 0;
  return isJsonObject(value) && Object.keys(value).length === 0;
}

/** A session as the gateway would hand it back after decoding and encoding it: known fields, zero ones left out. */
export function goSession(value: unknown): Record<string, unknown> {
  if (!isJsonObject(value)) return {};
  const out: Record<string, unknown> = {};
  for (const field of SESSION_FIELDS) {
    const match = Object.keys(value).find((key) => key === field) ?? Object.keys(value).find((key) => key.toLowerCase() === field);
    if (match !== undefined && !isZero(value[match])) out[field] = value[match];
  }
  return out;
}
