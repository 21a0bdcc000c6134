import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json';
import { classicDoc } from '../rules/test-docs';
import { at, toClassic, toOas, tyk, unmappedPaths } from './testing/convert-helpers';

// Each mapping cites the gateway function it follows (TykTechnologies/tyk apidef/oas, file:line of the func).
// Tyk's oas-classic fixtures have no auth cases, so these build their own definitions.

const JWT_CLASSIC: JsonObject = {
  enable_jwt: true,
  auth_configs: { jwt: { name: 'jwtAuth', auth_header_name: 'Authorization', use_param: true, param_name: 'jwt' } },
  jwt_source: 'c2VjcmV0',
  jwt_signing_method: 'hmac',
  jwt_identity_base_field: 'sub',
  jwt_policy_field_name: 'pol',
  jwt_client_base_field: 'azp',
  jwt_default_policies: ['p1', 'p2'],
  jwt_skip_kid: true,
  jwt_expires_at_validation_skew: 5,
  jwt_jwks_uris: [{ url: 'https://idp.example/jwks', cache_timeout: '5m' }],
  scopes: { jwt: { scope_claim_name: 'scope', scope_to_policy: { write: 'p2', read: 'p1' } } },
};

const BASIC_CLASSIC: JsonObject = {
  use_basic_auth: true,
  auth_configs: { basic: { name: 'basicAuth', auth_header_name: 'Authorization', use_cookie: true, cookie_name: 'creds' } },
  basic_auth: { disable_caching: true, cache_ttl: 60, extract_from_body: true, body_user_regexp: '<U>(.*)</U>', body_password_regexp: '<P>(.*)</P>' },
};

const HMAC_CLASSIC: JsonObject = {
  enable_signature_checking: true,
  auth_configs: { hmac: { auth_header_name: 'Authorization' } },
  hmac_allowed_algorithms: ['hmac-sha256', 'hmac-sha512'],
  hmac_allowed_clock_skew: 1000,
};

const OIDC_CLASSIC: JsonObject = {
  use_openid: true,
  auth_configs: { oidc: { auth_header_name: 'Authorization' } },
  openid_options: { segregate_by_client: true, providers: [{ issuer: 'https://accounts.example', client_ids: { 'Yg==': 'pb', 'YQ==': 'pa' } }] },
  scopes: { oidc: { scope_claim_name: 'groups', scope_to_policy: { admin: 'p9' } } },
};

describe('auth schemes, as the gateway converts them', () => {
  it('JWT → a bearer JWT OpenAPI scheme, a security requirement and the Tyk scheme (security.go:353 fillJWT, :1740 appendSecurity)', () => {
    const oas = toOas(classicDoc(JWT_CLASSIC));
    expect(at(oas.doc, 'components', 'securitySchemes', 'jwtAuth')).toEqual({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
    expect(oas.doc.security).toEqual([{ jwtAuth: [] }]);
    expect(tyk(oas.doc, 'securitySchemes', 'jwtAuth')).toEqual({
      enabled: true,
      header: { enabled: true, name: 'Authorization' },
      query: { enabled: true, name: 'jwt' },
      source: 'c2VjcmV0',
      signingMethod: 'hmac',
      identityBaseField: 'sub',
      subjectClaims: ['sub'],
      skipKid: true,
      policyFieldName: 'pol',
      basePolicyClaims: ['pol'],
      clientBaseField: 'azp',
      defaultPolicies: ['p1', 'p2'],
      expiresAtValidationSkew: 5,
      jwksURIs: [{ url: 'https://idp.example/jwks', cacheTimeout: '5m' }],
      // authentication.go:669 Scopes.Fill sorts the mapping by scope.
      scopes: { claimName: 'scope', claims: ['scope'], scopeToPolicyMapping: [{ scope: 'read', policyId: 'p1' }, { scope: 'write', policyId: 'p2' }] },
    });
    expect(unmappedPaths(oas).filter((p) => /jwt|scopes/.test(p))).toEqual([]);
  });

  it('JWT round trip Classic → OAS → Classic (security.go:443 extractJWTTo, authentication.go:691 Scopes.ExtractTo)', () => {
    const result = toClassic(toOas(classicDoc(JWT_CLASSIC)).doc);
    const back = result.doc;
    // The claim lists fillJWT seeds from the single fields say nothing more: not reported.
    expect(result.unmapped).toEqual([]);
    // auth_configs is compared on its own below: ExtractTo writes every source field.
    expect(back).toMatchObject({ ...JWT_CLASSIC, auth_configs: {} });
    expect(at(back, 'auth_configs', 'jwt')).toEqual({ name: 'jwtAuth', disable_header: false, auth_header_name: 'Authorization', use_param: true, param_name: 'jwt' });
    expect(back.use_standard_auth).toBeUndefined();
  });

  it('JWT without auth_configs.jwt.name is not converted, as fillJWT returns early (security.go:353), and says so', () => {
    const oas = toOas(classicDoc({ enable_jwt: true }));
    expect(at(oas.doc, 'components')).toBeUndefined();
    expect(unmappedPaths(oas)).toContain('enable_jwt');
  });

  it('basic auth → an http basic scheme with caching and body credentials (security.go:511 fillBasic)', () => {
    const oas = toOas(classicDoc(BASIC_CLASSIC));
    expect(at(oas.doc, 'components', 'securitySchemes', 'basicAuth')).toEqual({ type: 'http', scheme: 'basic' });
    expect(oas.doc.security).toEqual([{ basicAuth: [] }]);
    expect(tyk(oas.doc, 'securitySchemes', 'basicAuth')).toEqual({
      enabled: true,
      header: { enabled: true, name: 'Authorization' },
      cookie: { enabled: true, name: 'creds' },
      disableCaching: true,
      cacheTTL: 60,
      extractCredentialsFromBody: { enabled: true, userRegexp: '<U>(.*)</U>', passwordRegexp: '<P>(.*)</P>' },
    });
    expect(unmappedPaths(oas).filter((p) => /basic/.test(p))).toEqual([]);
  });

  it('basic auth round trip (security.go:558 extractBasicTo)', () => {
    const back = toClassic(toOas(classicDoc(BASIC_CLASSIC)).doc).doc;
    expect(back.use_basic_auth).toBe(true);
    expect(back.basic_auth).toEqual(BASIC_CLASSIC.basic_auth);
    expect(at(back, 'auth_configs', 'basic')).toEqual({ name: 'basicAuth', disable_header: false, auth_header_name: 'Authorization', use_cookie: true, cookie_name: 'creds' });
  });

  it('a JWT scheme left out of `security` is not converted, as extractSecurityTo only reads requirements (security.go:1247), and says so', () => {
    const oas = toOas(classicDoc(JWT_CLASSIC)).doc;
    delete oas.security;
    const back = toClassic(oas);
    expect(back.doc.enable_jwt).toBeUndefined();
    expect(unmappedPaths(back)).toContain('x-tyk-api-gateway.server.authentication.securitySchemes.jwtAuth');
  });

  it('the Tyk OAS-only JWT checks are reported on the way back (security.go:443 extractJWTTo does not carry them)', () => {
    const oas = toOas(classicDoc(JWT_CLASSIC)).doc;
    Object.assign(tyk(oas, 'securitySchemes', 'jwtAuth') as JsonObject, { allowedIssuers: ['https://idp'], subjectClaims: ['sub', 'uid'] });
    const paths = unmappedPaths(toClassic(oas)).map((p) => p.split('.').pop());
    expect(paths.sort()).toEqual(['allowedIssuers', 'subjectClaims']);
  });

  it('HMAC → server.authentication.hmac, not a security scheme (authentication.go:750 HMAC.Fill)', () => {
    const oas = toOas(classicDoc(HMAC_CLASSIC));
    expect(tyk(oas.doc, 'hmac')).toEqual({
      enabled: true,
      header: { enabled: true, name: 'Authorization' },
      allowedAlgorithms: ['hmac-sha256', 'hmac-sha512'],
      allowedClockSkew: 1000,
    });
    expect(unmappedPaths(oas).filter((p) => /hmac|signature/.test(p))).toEqual([]);
  });

  it('HMAC round trip (authentication.go:760 HMAC.ExtractTo)', () => {
    const back = toClassic(toOas(classicDoc(HMAC_CLASSIC)).doc).doc;
    expect(back).toMatchObject({ enable_signature_checking: true, hmac_allowed_algorithms: ['hmac-sha256', 'hmac-sha512'], hmac_allowed_clock_skew: 1000 });
    expect(at(back, 'auth_configs', 'hmac')).toEqual({ disable_header: false, auth_header_name: 'Authorization' });
  });

  it('HMAC without auth_configs.hmac is reported: Authentication.Fill converts it only with one (authentication.go:305)', () => {
    expect(unmappedPaths(toOas(classicDoc({ enable_signature_checking: true })))).toContain('enable_signature_checking');
  });

  it('OIDC → server.authentication.oidc, client mappings sorted by client id (authentication.go:804 OIDC.Fill)', () => {
    const oas = toOas(classicDoc(OIDC_CLASSIC));
    expect(tyk(oas.doc, 'oidc')).toEqual({
      enabled: true,
      header: { enabled: true, name: 'Authorization' },
      segregateByClientId: true,
      providers: [{ issuer: 'https://accounts.example', clientToPolicyMapping: [{ clientId: 'YQ==', policyId: 'pa' }, { clientId: 'Yg==', policyId: 'pb' }] }],
      scopes: { claimName: 'groups', claims: ['groups'], scopeToPolicyMapping: [{ scope: 'admin', policyId: 'p9' }] },
    });
    expect(unmappedPaths(oas).filter((p) => /openid|oidc|scopes/.test(p))).toEqual([]);
  });

  it('OIDC round trip (authentication.go:844 OIDC.ExtractTo)', () => {
    const back = toClassic(toOas(classicDoc(OIDC_CLASSIC)).doc).doc;
    expect(back).toMatchObject({ use_openid: true, openid_options: OIDC_CLASSIC.openid_options, scopes: OIDC_CLASSIC.scopes });
    expect(at(back, 'auth_configs', 'oidc')).toEqual({ disable_header: false, auth_header_name: 'Authorization' });
  });

  it('an OAS JWT scheme without a Tyk scheme still gives auth_configs.jwt, header off, JWT left off (security.go:443)', () => {
    const doc: JsonObject = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {},
      components: { securitySchemes: { j: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
      security: [{ j: [] }],
      'x-tyk-api-gateway': { info: { name: 't', state: { active: true } }, upstream: { url: 'http://u' }, server: { listenPath: { value: '/' }, authentication: { enabled: true } } },
    };
    const back = toClassic(doc).doc;
    expect(at(back, 'auth_configs', 'jwt')).toEqual({ name: 'j', disable_header: true });
    expect(back.enable_jwt).toBeUndefined();
    // security.go:1366 extractSecurityTo reads the first requirement only when authentication is on or has schemes.
    delete ((doc['x-tyk-api-gateway'] as JsonObject).server as JsonObject).authentication;
    expect(at(toClassic(doc).doc, 'auth_configs', 'jwt')).toBeUndefined();
  });

  it('JWT and basic auth are no longer reported as not converted from OAS; OAuth still is', () => {
    const oas = toOas(classicDoc({ ...JWT_CLASSIC, ...BASIC_CLASSIC, auth_configs: { ...(JWT_CLASSIC.auth_configs as JsonObject), ...(BASIC_CLASSIC.auth_configs as JsonObject) } }));
    expect(oas.doc.security).toEqual([{ jwtAuth: [], basicAuth: [] }]);
    const back = toClassic(oas.doc);
    expect(unmappedPaths(back).filter((p) => p.includes('securitySchemes'))).toEqual([]);
    expect(back.doc).toMatchObject({ enable_jwt: true, use_basic_auth: true });
    const oauth = structuredClone(oas.doc);
    (at(oauth, 'components', 'securitySchemes') as JsonObject).o = { type: 'oauth2', flows: {} };
    (tyk(oauth, 'securitySchemes') as JsonObject).o = { enabled: true, allowedAuthorizeTypes: ['token'] };
    expect(unmappedPaths(toClassic(oauth))).toContain('x-tyk-api-gateway.server.authentication.securitySchemes.o');
  });
});
