import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json';
import { classicDoc } from '../rules/test-docs';
import { oasAuthKinds } from '../chain/oas-auth';
import { buildChain } from '../chain/build-chain';
import { readPluginModel } from '../definition/read';
import type { DefinitionFormat } from '../pipeline/model';
import { at, toClassic, toOas, tyk, unmappedPaths as paths } from './testing/convert-helpers';

// Tyk's own OAuth 2.0 and external OAuth, as TykTechnologies/tyk apidef/oas/security.go (at 31e219be) converts
// them; each test names the function and the line it starts on. Tyk's fixtures have no auth cases.
/** The auth stages the pipeline shows as running (gateway/api_loader.go processSpec's auth methods). */
const activeAuth = (doc: JsonObject, format: DefinitionFormat) =>
  buildChain(doc, format, readPluginModel(doc, format))
    .filter((stage) => stage.id.startsWith('auth') && stage.state === 'active')
    .map((stage) => stage.id);

const OAUTH: JsonObject = {
  use_oauth2: true,
  auth_configs: { oauth: { name: 'oauth', auth_header_name: 'Authorization', use_param: true, param_name: 'access_token' } },
  oauth_meta: {
    allowed_access_types: ['authorization_code', 'refresh_token', 'client_credentials', 'password', '__implicit'],
    allowed_authorize_types: ['code', 'token'],
    auth_login_redirect: 'https://login.example/',
  },
  notifications: { shared_secret: 'shh', oauth_on_keychange_url: 'https://hooks.example/keys' },
};

const EXTERNAL: JsonObject = {
  external_oauth: {
    enabled: true,
    providers: [
      {
        jwt: { enabled: true, signing_method: 'rsa', source: 'https://idp.example/jwks', identity_base_field: 'sub', issued_at_validation_skew: 0, not_before_validation_skew: 0, expires_at_validation_skew: 3 },
        introspection: { enabled: false, url: '', client_id: '', client_secret: '', identity_base_field: '', cache: { enabled: false, timeout: 0 } },
      },
      {
        jwt: { enabled: false, signing_method: '', source: '', identity_base_field: '', issued_at_validation_skew: 0, not_before_validation_skew: 0, expires_at_validation_skew: 0 },
        introspection: { enabled: true, url: 'https://idp.example/introspect', client_id: 'gw', client_secret: 'secret', identity_base_field: 'uid', cache: { enabled: true, timeout: 30 } },
      },
    ],
  },
  auth_configs: { externalOAuth: { name: 'idp', auth_header_name: 'Authorization' } },
};

describe("Tyk's own OAuth 2.0", () => {
  it('→ an oauth2 scheme with one flow per access type, its requirement and the Tyk scheme (security.go:645 fillOAuth, :1623 fillOAuthScheme)', () => {
    const result = toOas(classicDoc(OAUTH));
    expect(at(result.doc, 'components', 'securitySchemes', 'oauth')).toEqual({
      type: 'oauth2',
      flows: {
        authorizationCode: { authorizationUrl: '/oauth/authorize', tokenUrl: '/oauth/token', scopes: {} },
        clientCredentials: { tokenUrl: '/oauth/token', scopes: {} },
        password: { tokenUrl: '/oauth/token', scopes: {} },
        implicit: { authorizationUrl: '/oauth/authorize', scopes: {} },
      },
    });
    expect(result.doc.security).toEqual([{ oauth: [] }]);
    expect(tyk(result.doc, 'securitySchemes', 'oauth')).toEqual({
      enabled: true,
      header: { enabled: true, name: 'Authorization' },
      query: { enabled: true, name: 'access_token' },
      allowedAuthorizeTypes: ['code', 'token'],
      // A refresh token is not a flow: it is the scheme's refreshToken switch.
      refreshToken: true,
      authLoginRedirect: 'https://login.example/',
      notifications: { sharedSecret: 'shh', onKeyChangeUrl: 'https://hooks.example/keys' },
    });
    expect(paths(result)).toEqual([]);
  });

  it('round trip Classic → OAS → Classic: the refresh token first, then one access type per flow (security.go:683 extractOAuthTo, :1715 extractOAuthSchemeTo)', () => {
    const back = toClassic(toOas(classicDoc(OAUTH)).doc);
    expect(back.doc.use_oauth2).toBe(true);
    expect(back.doc.oauth_meta).toEqual({
      allowed_access_types: ['refresh_token', 'authorization_code', 'client_credentials', 'password', '__implicit'],
      allowed_authorize_types: ['code', 'token'],
      auth_login_redirect: 'https://login.example/',
    });
    expect(back.doc.notifications).toEqual(OAUTH.notifications);
    expect(at(back.doc, 'auth_configs', 'oauth')).toEqual({ name: 'oauth', disable_header: false, auth_header_name: 'Authorization', use_param: true, param_name: 'access_token' });
    // Tyk OAuth replaces token auth: no token scheme appears on the way (migration.go:442 isAuthTokenEnabled).
    expect(back.doc.use_standard_auth).toBeUndefined();
    expect(back.unmapped).toEqual([]);
  });

  it('without auth_configs.oauth.name nothing converts, as fillOAuth returns early (security.go:645), and it is reported', () => {
    const on = toOas(classicDoc({ ...OAUTH, auth_configs: {} }));
    expect(at(on.doc, 'components')).toBeUndefined();
    expect(paths(on)).toEqual(['use_oauth2']);
    const off = toOas(classicDoc({ ...OAUTH, use_oauth2: false, auth_configs: {} }));
    expect(paths(off).sort()).toEqual(['notifications', 'oauth_meta']);
  });

  it('OpenAPI flow URLs and scopes do not survive Classic: extractOAuthSchemeTo keeps only which flows exist (security.go:1715, :1750 setAuthorizationURLIfEmpty)', () => {
    const oas = toOas(classicDoc(OAUTH)).doc;
    const flows = at(oas, 'components', 'securitySchemes', 'oauth', 'flows') as JsonObject;
    flows.authorizationCode = { authorizationUrl: 'https://idp/authorize', tokenUrl: 'https://idp/token', scopes: { read: 'Read' } };
    const again = toOas(toClassic(oas).doc).doc;
    // The Classic form has no URLs: they are Tyk's placeholders again, a loss the gateway shares.
    expect(at(again, 'components', 'securitySchemes', 'oauth', 'flows', 'authorizationCode')).toEqual({ authorizationUrl: '/oauth/authorize', tokenUrl: '/oauth/token', scopes: {} });
  });
});

describe('external OAuth', () => {
  it('→ an oauth2 scheme with an authorization code flow and the providers (security.go:880 fillExternalOAuth, :761 JWTValidation.Fill, :809 Introspection.Fill)', () => {
    const result = toOas(classicDoc(EXTERNAL));
    expect(at(result.doc, 'components', 'securitySchemes', 'idp')).toEqual({
      type: 'oauth2',
      flows: { authorizationCode: { authorizationUrl: '/oauth/authorize', tokenUrl: '/oauth/token', scopes: {} } },
    });
    expect(result.doc.security).toEqual([{ idp: [] }]);
    expect(tyk(result.doc, 'securitySchemes', 'idp')).toEqual({
      enabled: true,
      header: { enabled: true, name: 'Authorization' },
      providers: [
        // signingMethod and source have no omitempty; a part that says nothing is left out (ShouldOmit).
        { jwt: { enabled: true, signingMethod: 'rsa', source: 'https://idp.example/jwks', identityBaseField: 'sub', expiresAtValidationSkew: 3 } },
        { introspection: { enabled: true, url: 'https://idp.example/introspect', clientId: 'gw', clientSecret: 'secret', identityBaseField: 'uid', cache: { enabled: true, timeout: 30 } } },
      ],
    });
    expect(paths(result)).toEqual([]);
    expect(oasAuthKinds(result.doc)).toEqual(['externalOAuth']);
  });

  it('round trip (security.go:934 extractExternalOAuthTo): every provider field comes back', () => {
    const back = toClassic(toOas(classicDoc(EXTERNAL)).doc);
    expect(back.doc.external_oauth).toEqual(EXTERNAL.external_oauth);
    expect(at(back.doc, 'auth_configs', 'externalOAuth')).toEqual({ name: 'idp', disable_header: false, auth_header_name: 'Authorization' });
    expect(back.unmapped).toEqual([]);
  });

  it('on without a named auth config: named externalOAuth, header off (security.go:880); off without one: reported', () => {
    const result = toOas(classicDoc({ external_oauth: EXTERNAL.external_oauth as JsonObject }));
    expect(result.doc.security).toEqual([{ externalOAuth: [] }]);
    expect(tyk(result.doc, 'securitySchemes', 'externalOAuth', 'header')).toBeUndefined();
    const off = toOas(classicDoc({ external_oauth: { ...(EXTERNAL.external_oauth as JsonObject), enabled: false } }));
    expect(at(off.doc, 'components')).toBeDefined(); // token auth, as nothing else runs
    expect(paths(off)).toEqual(['external_oauth']);
  });

  it('a provider with only an introspection cache keeps the fields without omitempty (security.go:809)', () => {
    const doc = classicDoc({ ...EXTERNAL, external_oauth: { enabled: true, providers: [{ introspection: { cache: { enabled: true, timeout: 5 } } }] } });
    expect(tyk(toOas(doc).doc, 'securitySchemes', 'idp', 'providers')).toEqual([
      { introspection: { enabled: false, url: '', clientId: '', clientSecret: '', cache: { enabled: true, timeout: 5 } } },
    ]);
  });
});

describe('which oauth2 scheme the gateway extracts (security.go:1247 extractSecurityTo, oauth2.go:794 asOAuth2Scheme)', () => {
  const oauth2Doc = (own: JsonObject): JsonObject => ({
    openapi: '3.0.3',
    info: { title: 't', version: '1' },
    paths: {},
    components: { securitySchemes: { o: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: '/t', scopes: {} } } } } },
    security: [{ o: [] }],
    'x-tyk-api-gateway': { info: { name: 't', state: { active: true } }, upstream: { url: 'http://u' }, server: { listenPath: { value: '/' }, authentication: { enabled: true, securitySchemes: { o: own } } } },
  });

  it('with providers: external OAuth; without: Tyk OAuth, read as that kind by the pipeline too', () => {
    const plain = oauth2Doc({ enabled: true, header: { enabled: true, name: 'Authorization' } });
    expect(oasAuthKinds(plain)).toEqual(['oauth']);
    const back = toClassic(plain);
    expect(back.doc).toMatchObject({ use_oauth2: true, oauth_meta: { allowed_access_types: ['client_credentials'] } });
    expect(back.unmapped).toEqual([]);
    const emptyProviders = oauth2Doc({ enabled: true, providers: [] });
    expect(oasAuthKinds(emptyProviders)).toEqual(['oauth']);
    expect(toClassic(emptyProviders).doc.use_oauth2).toBe(true);
  });

  it('the OAS-native OAuth 2.0 scheme (scopeCheck, …) has no Classic form: reported, and not read as Tyk OAuth', () => {
    const native = oauth2Doc({ enabled: true, scopeCheck: { enabled: true } });
    expect(oasAuthKinds(native)).toEqual(['unknown']);
    const back = toClassic(native);
    expect(back.doc.use_oauth2).toBeUndefined();
    expect(back.unmapped.map((f) => f.message).join()).toMatch(/OAS-native OAuth 2.0 scheme/);
  });

  it('an oauth2 scheme without its Tyk scheme is skipped (security.go:1415 `if securityScheme == nil`)', () => {
    const doc = oauth2Doc({ enabled: true });
    delete ((((doc['x-tyk-api-gateway'] as JsonObject).server as JsonObject).authentication as JsonObject).securitySchemes as JsonObject).o;
    expect(toClassic(doc).doc.use_oauth2).toBeUndefined();
  });
});

describe('the pipeline reads a converted definition as the source', () => {
  it('Tyk OAuth and external OAuth run in the converted Tyk OAS API as in the Classic one, and no token auth appears', () => {
    const classic = classicDoc({ ...OAUTH, ...EXTERNAL, auth_configs: { ...(OAUTH.auth_configs as JsonObject), ...(EXTERNAL.auth_configs as JsonObject) } });
    expect(activeAuth(classic, 'classic')).toEqual(['auth-oauth', 'auth-external-oauth']);
    const oas = toOas(classic).doc;
    expect(activeAuth(oas, 'oas')).toEqual(['auth-oauth', 'auth-external-oauth']);
    expect(activeAuth(toClassic(oas).doc, 'classic')).toEqual(['auth-oauth', 'auth-external-oauth']);
  });
});
