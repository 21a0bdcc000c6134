/**
 * Classic fields and their `server.authentication` twins for the auth methods the gateway converts
 * (apidef/oas/security.go fillJWT/extractJWTTo, fillBasic/extractBasicTo; authentication.go HMAC).
 * Every OAS field is `omitempty` in the gateway, so Fill leaves out the ones that say nothing.
 */
export const JWT_FIELDS = [
  { classic: 'jwt_source', oas: 'source' },
  { classic: 'jwt_signing_method', oas: 'signingMethod' },
  { classic: 'jwt_identity_base_field', oas: 'identityBaseField' },
  { classic: 'jwt_skip_kid', oas: 'skipKid' },
  { classic: 'jwt_policy_field_name', oas: 'policyFieldName' },
  { classic: 'jwt_client_base_field', oas: 'clientBaseField' },
  { classic: 'jwt_default_policies', oas: 'defaultPolicies' },
  { classic: 'jwt_issued_at_validation_skew', oas: 'issuedAtValidationSkew' },
  { classic: 'jwt_not_before_validation_skew', oas: 'notBeforeValidationSkew' },
  { classic: 'jwt_expires_at_validation_skew', oas: 'expiresAtValidationSkew' },
  { classic: 'idp_client_id_mapping_disabled', oas: 'idpClientIdMappingDisabled' },
] as const;

/** Basic.DisableCaching/CacheTTL ↔ `basic_auth.disable_caching`/`cache_ttl`. */
export const BASIC_FIELDS = [
  { classic: 'disable_caching', oas: 'disableCaching' },
  { classic: 'cache_ttl', oas: 'cacheTTL' },
] as const;

/** ExtractCredentialsFromBody ↔ `basic_auth.extract_from_body`/`body_user_regexp`/`body_password_regexp`. */
export const BODY_FIELDS = [
  { classic: 'extract_from_body', oas: 'enabled' },
  { classic: 'body_user_regexp', oas: 'userRegexp' },
  { classic: 'body_password_regexp', oas: 'passwordRegexp' },
] as const;

/** HMAC.AllowedAlgorithms/AllowedClockSkew ↔ `hmac_allowed_algorithms`/`hmac_allowed_clock_skew`. */
export const HMAC_FIELDS = [
  { classic: 'hmac_allowed_algorithms', oas: 'allowedAlgorithms' },
  { classic: 'hmac_allowed_clock_skew', oas: 'allowedClockSkew' },
] as const;

/** Top-level Classic fields the JWT, basic, HMAC and OIDC conversions carry (for the not-converted report). */
export const AUTH_SCHEME_CLASSIC_FIELDS = [
  'enable_jwt',
  'jwt_jwks_uris',
  'use_basic_auth',
  'basic_auth',
  'enable_signature_checking',
  'use_openid',
  'openid_options',
  // Its `jwt` and `oidc` parts convert; classic-leftovers reports anything else.
  'scopes',
  ...JWT_FIELDS.map((f) => f.classic),
  ...HMAC_FIELDS.map((f) => f.classic),
];
