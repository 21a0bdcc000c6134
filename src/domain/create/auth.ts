import type { JsonObject } from '../json';
import type { AuthChoice } from './new-api-schema';

/** The name of a new custom auth function: the one a starter writes, renamed in the Code tab at will. */
export const CUSTOM_AUTH_FUNCTION = 'Authenticate';

/**
 * A new Tyk Classic API's authentication fields (apidef/api_definitions.go): `use_keyless`, and for a token
 * `use_standard_auth` with its header, for JWT `enable_jwt` with RSA and the `sub`/`pol` claims, for a plugin
 * `custom_plugin_auth_enabled` with the `auth_check` function the driver calls.
 */
export function classicAuth(auth: AuthChoice): { fields: JsonObject; authCheck?: JsonObject } {
  const header = { auth_header_name: 'Authorization' };
  switch (auth) {
    case 'keyless':
      return { fields: { use_keyless: true } };
    case 'authToken':
      return { fields: { use_keyless: false, use_standard_auth: true, auth: header, auth_configs: { authToken: header } } };
    case 'jwt':
      return {
        fields: {
          use_keyless: false,
          enable_jwt: true,
          jwt_signing_method: 'rsa',
          jwt_source: '',
          jwt_identity_base_field: 'sub',
          jwt_policy_field_name: 'pol',
          auth_configs: { jwt: header },
        },
      };
    case 'customPlugin':
      return { fields: { use_keyless: false, custom_plugin_auth_enabled: true }, authCheck: { name: CUSTOM_AUTH_FUNCTION, path: '' } };
  }
}

/**
 * A new Tyk OAS API's authentication: the OpenAPI security scheme and requirement (token, JWT) with
 * `x-tyk-api-gateway.server.authentication` switching it on (apidef/oas/authentication.go, security.go), or
 * the `custom` plugin authentication with its function.
 */
export function oasAuth(auth: AuthChoice): { authentication?: JsonObject; securitySchemes?: JsonObject; security?: JsonObject[] } {
  switch (auth) {
    case 'keyless':
      return {};
    case 'authToken':
      return {
        authentication: { enabled: true, securitySchemes: { authToken: { enabled: true } } },
        securitySchemes: { authToken: { type: 'apiKey', in: 'header', name: 'Authorization' } },
        security: [{ authToken: [] }],
      };
    case 'jwt':
      return {
        authentication: {
          enabled: true,
          securitySchemes: {
            jwtAuth: { enabled: true, header: { enabled: true, name: 'Authorization' }, signingMethod: 'rsa', identityBaseField: 'sub', policyFieldName: 'pol' },
          },
        },
        securitySchemes: { jwtAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
        security: [{ jwtAuth: [] }],
      };
    case 'customPlugin':
      return { authentication: { enabled: true, custom: { enabled: true, config: { enabled: true, functionName: CUSTOM_AUTH_FUNCTION, path: '' } } } };
  }
}
