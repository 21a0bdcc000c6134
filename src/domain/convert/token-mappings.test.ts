import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json';
import { classicDoc } from '../rules/test-docs';
import { at, toClassic, toOas, tyk, unmappedPaths as paths } from './testing/convert-helpers';

// Token auth, certificate auth, key lifetime and security requirements, as TykTechnologies/tyk apidef/oas (at
// 31e219be) converts them; each test names the Go file, function and the line it starts on.

const SIGNED: JsonObject = {
  use_standard_auth: true,
  auth_configs: {
    authToken: {
      name: 'apiKey',
      auth_header_name: 'X-Api-Key',
      use_cookie: true,
      cookie_name: 'key',
      validate_signature: true,
      signature: { algorithm: 'MasterKey', header: 'X-Signature', use_param: true, param_name: 'sig', secret: 's3cret', allowed_clock_skew: 2, error_code: 403, error_message: 'bad signature' },
    },
  },
};

describe('token auth', () => {
  it('→ an apiKey scheme named after auth_configs.authToken.name from the header; the cookie stays on the Tyk scheme (security.go:53 fillToken, :1566 fillAPIKeyScheme)', () => {
    const result = toOas(classicDoc(SIGNED));
    expect(at(result.doc, 'components', 'securitySchemes')).toEqual({ apiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } });
    expect(result.doc.security).toEqual([{ apiKey: [] }]);
    expect(tyk(result.doc, 'securitySchemes', 'apiKey')).toEqual({
      enabled: true,
      cookie: { enabled: true, name: 'key' },
      // authentication.go:620 Signature.Fill; query is a struct in Go, so always written.
      signatureValidation: {
        enabled: true,
        algorithm: 'MasterKey',
        header: 'X-Signature',
        query: { enabled: true, name: 'sig' },
        secret: 's3cret',
        allowedClockSkew: 2,
        errorCode: 403,
        errorMessage: 'bad signature',
      },
    });
    expect(paths(result)).toEqual([]);
  });

  it('round trip (security.go:86 extractTokenTo, :1606 extractAPIKeySchemeTo, authentication.go:634 Signature.ExtractTo)', () => {
    const back = toClassic(toOas(classicDoc(SIGNED)).doc);
    expect(back.doc.use_standard_auth).toBe(true);
    expect(at(back.doc, 'auth_configs', 'authToken')).toEqual({ ...(at(SIGNED, 'auth_configs', 'authToken') as JsonObject), disable_header: false });
    expect(back.doc.auth).toBeUndefined();
    expect(back.unmapped).toEqual([]);
  });

  it('with the header off the query parameter is the apiKey scheme (security.go:1589)', () => {
    const oas = toOas(classicDoc({ use_standard_auth: true, auth_configs: { authToken: { name: 't', disable_header: true, use_param: true, param_name: 'api_key' } } })).doc;
    expect(at(oas, 'components', 'securitySchemes', 't')).toEqual({ type: 'apiKey', in: 'query', name: 'api_key' });
    expect(tyk(oas, 'securitySchemes', 't')).toEqual({ enabled: true });
    expect(at(toClassic(oas).doc, 'auth_configs', 'authToken')).toEqual({ name: 't', disable_header: true, param_name: 'api_key', use_param: true });
  });

  it('without a name a Classic API that runs token auth still gets an authToken scheme, as before; a named one that does not, a disabled one (security.go:53)', () => {
    const implicit = toOas(classicDoc()).doc;
    expect(at(implicit, 'components', 'securitySchemes', 'authToken')).toEqual({ type: 'apiKey', in: 'header', name: 'Authorization' });
    expect(tyk(implicit, 'securitySchemes', 'authToken')).toEqual({ enabled: true });
    const jwtToo = toOas(classicDoc({ enable_jwt: true, auth_configs: { authToken: { name: 'tok', auth_header_name: 'X-Key' }, jwt: { name: 'jwt', auth_header_name: 'Authorization' } } })).doc;
    expect(tyk(jwtToo, 'securitySchemes', 'tok')).toEqual({ enabled: false });
    expect(jwtToo.security).toEqual([{ tok: [], jwt: [] }]);
  });

  it('of two apiKey schemes in one requirement the enabled one is extracted (security.go:1383)', () => {
    const oas: JsonObject = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {},
      components: { securitySchemes: { a: { type: 'apiKey', in: 'header', name: 'A' }, b: { type: 'apiKey', in: 'query', name: 'b' } } },
      security: [{ a: [], b: [] }],
      'x-tyk-api-gateway': { info: { name: 't', state: { active: true } }, upstream: { url: 'http://u' }, server: { listenPath: { value: '/' }, authentication: { enabled: true, securitySchemes: { a: { enabled: false }, b: { enabled: true } } } } },
    };
    const back = toClassic(oas).doc;
    expect(at(back, 'auth_configs', 'authToken')).toEqual({ name: 'b', disable_header: true, param_name: 'b', use_param: true });
    expect(back.use_standard_auth).toBe(true);
  });
});

describe('certificate auth and key lifetime (authentication.go Authentication.Fill/ExtractTo)', () => {
  it('use_certificate → certificateAuth.enabled, not the old enableClientCertificate (authentication.go:229, security.go:66)', () => {
    const oas = toOas(classicDoc({ auth_configs: { authToken: { use_certificate: true } } })).doc;
    expect(tyk(oas, 'certificateAuth')).toEqual({ enabled: true });
    expect(tyk(oas, 'securitySchemes', 'authToken', 'enableClientCertificate')).toBeUndefined();
    expect(at(toClassic(oas).doc, 'auth_configs', 'authToken', 'use_certificate')).toBe(true);
    expect(tyk(toOas(classicDoc()).doc, 'certificateAuth')).toBeUndefined();
  });

  it('certificateAuth.enabled goes to auth_configs.authToken even without token auth; the old contract only without it (authentication.go:238, security.go:104)', () => {
    const oas = toOas(classicDoc()).doc;
    (tyk(oas) as JsonObject).certificateAuth = { enabled: false };
    (tyk(oas, 'securitySchemes', 'authToken') as JsonObject).enableClientCertificate = true;
    expect(at(toClassic(oas).doc, 'auth_configs', 'authToken', 'use_certificate')).toBe(false);
    delete (tyk(oas) as JsonObject).certificateAuth;
    expect(at(toClassic(oas).doc, 'auth_configs', 'authToken', 'use_certificate')).toBe(true);
  });

  it('session_lifetime → customKeyLifetime as a duration, and back in seconds (authentication.go:253 Fill, :265 ExtractTo)', () => {
    const oas = toOas(classicDoc({ session_lifetime: 5430, session_lifetime_respects_key_expiration: true })).doc;
    expect(tyk(oas, 'customKeyLifetime')).toEqual({ enabled: true, value: '1h30m30s', respectValidity: true });
    const back = toClassic(oas);
    expect(back.doc).toMatchObject({ session_lifetime: 5430, session_lifetime_respects_key_expiration: true });
    expect(back.unmapped).toEqual([]);
    expect(tyk(toOas(classicDoc({ session_lifetime: 0 })).doc, 'customKeyLifetime')).toBeUndefined();
  });

  it('respecting key expiry without a lifetime: enabled false, no zero value (the gateway schema refuses "0s")', () => {
    const oas = toOas(classicDoc({ session_lifetime_respects_key_expiration: true })).doc;
    expect(tyk(oas, 'customKeyLifetime')).toEqual({ enabled: false, respectValidity: true });
    expect(toClassic(oas).doc).toMatchObject({ session_lifetime: 0, session_lifetime_respects_key_expiration: true });
  });
});

describe('security requirements (security.go:1085 fillSecurity, :1247 extractSecurityTo)', () => {
  const twoSchemes: JsonObject = {
    enable_jwt: true,
    use_basic_auth: true,
    auth_configs: { jwt: { name: 'jwt', auth_header_name: 'Authorization' }, basic: { name: 'basic', auth_header_name: 'Authorization' } },
  };

  it('security_requirements become one OpenAPI requirement each; Tyk own names go to server.authentication.security', () => {
    const oas = toOas(classicDoc({ ...twoSchemes, security_requirements: [['jwt'], ['basic', 'hmac']] })).doc;
    expect(oas.security).toEqual([{ jwt: [] }, { basic: [] }]);
    expect(tyk(oas, 'security')).toEqual([['hmac']]);
  });

  it('scopes come back only for oauth2 and openIdConnect schemes (security.go:1869 requirementScopes)', () => {
    const oas = toOas(classicDoc({ ...twoSchemes, security_requirements: [['jwt', 'basic']], security_requirement_scopes: [{ jwt: ['read'], basic: ['x'] }] })).doc;
    expect(oas.security).toEqual([{ jwt: [], basic: [] }]);
  });

  it('more scope maps than requirements: the scope maps decide (security.go:1846 normalizeSecurityRequirements)', () => {
    const oas = toOas(classicDoc({ ...twoSchemes, security_requirements: [['jwt', 'basic']], security_requirement_scopes: [{ jwt: [] }, { basic: [] }] })).doc;
    expect(oas.security).toEqual([{ jwt: [] }, { basic: [] }]);
  });

  it('legacy mode: several requirements are all listed, only the first is extracted, and the rest is reported', () => {
    const oas = toOas(classicDoc({ ...twoSchemes, security_requirements: [['jwt'], ['basic']] })).doc;
    const back = toClassic(oas);
    expect(back.doc.security_requirements).toEqual([['jwt'], ['basic']]);
    expect(back.doc.security_requirement_scopes).toEqual([{ jwt: [] }, { basic: [] }]);
    expect(back.doc.enable_jwt).toBe(true);
    expect(back.doc.use_basic_auth).toBeUndefined();
    expect(paths(back)).toEqual(['x-tyk-api-gateway.server.authentication.securitySchemes.basic']);
  });

  it('one requirement of several schemes is listed as one; of one scheme, only its scopes (security.go:1317)', () => {
    const both = toClassic(toOas(classicDoc(twoSchemes)).doc).doc;
    expect(both.security_requirements).toEqual([['jwt', 'basic']]);
    const one = toClassic(toOas(classicDoc({ enable_jwt: true, auth_configs: { jwt: { name: 'jwt' } } })).doc).doc;
    expect(one.security_requirements).toBeUndefined();
    expect(one.security_requirement_scopes).toEqual([{ jwt: [] }]);
  });

  it('compliant mode extracts every requirement and Tyk own ones, but its OR is reported: Classic APIs run auth in sequence (gateway/api_loader.go:567)', () => {
    const oas = toOas(classicDoc({ ...twoSchemes, security_requirements: [['jwt'], ['basic'], ['hmac']] })).doc;
    (tyk(oas) as JsonObject).securityProcessingMode = 'compliant';
    const back = toClassic(oas);
    expect(back.doc).toMatchObject({ enable_jwt: true, use_basic_auth: true, security_requirements: [['jwt'], ['basic'], ['hmac']] });
    expect(paths(back)).toEqual(['x-tyk-api-gateway.server.authentication.securityProcessingMode']);
    (tyk(oas) as JsonObject).securityProcessingMode = 'legacy';
    expect(paths(toClassic(oas))).toContain('x-tyk-api-gateway.server.authentication.security');
  });
});
