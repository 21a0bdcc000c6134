import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json';
import { readPluginModel } from '../definition/read';
import { DEFAULT_PROFILE } from '../profile/profile';
import { oasDoc } from '../rules/test-docs';
import { buildChain } from './build-chain';

const chainOf = (doc: JsonObject, profile = false) =>
  buildChain(doc, 'oas', readPluginModel(doc, 'oas'), undefined, profile ? { profile: DEFAULT_PROFILE } : {});
const state = (doc: JsonObject, id: string) => chainOf(doc).find((s) => s.id === id)?.state;

const withAuth = (authentication: JsonObject, components: JsonObject = {}): JsonObject => ({
  ...oasDoc({
    info: { name: 'T', state: { active: true } },
    upstream: { url: 'http://u' },
    server: { listenPath: { value: '/t/' }, authentication },
  }),
  components,
});

describe('buildChain on Tyk OAS', () => {
  it('reads the auth methods from securitySchemes and components', () => {
    const jwt = withAuth(
      { enabled: true, securitySchemes: { bearer: { enabled: true, signingMethod: 'rsa' } } },
      { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    );
    expect(state(jwt, 'auth-jwt')).toBe('active');
    expect(state(jwt, 'auth-token')).toBe('inactive');
    const token = withAuth(
      { enabled: true, securitySchemes: { key: { enabled: true } } },
      { securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'Authorization' } } },
    );
    expect(state(token, 'auth-token')).toBe('active');
    expect(state(token, 'auth-jwt')).toBe('inactive');
  });

  it('says unknown for a scheme it cannot type, rather than guessing', () => {
    const odd = withAuth(
      { enabled: true, securitySchemes: { s: { enabled: true } } },
      { securitySchemes: { s: { type: 'openIdConnect' } } },
    );
    expect(state(odd, 'auth-jwt')).toBe('unknown');
  });

  it('treats authentication.enabled false as keyless', () => {
    const open = withAuth({ enabled: false });
    expect(state(open, 'auth-token')).toBe('inactive');
    expect(chainOf(open).find((s) => s.id === 'key-expiry')?.reason).toMatch(/keyless/);
  });

  it('runs a custom auth plugin switched on with authentication.custom', () => {
    const doc = withAuth({
      enabled: true,
      custom: { enabled: true, config: { enabled: true, functionName: 'Auth', path: 'auth.so' } },
    });
    (doc['x-tyk-api-gateway'] as JsonObject).middleware = {
      global: { pluginConfig: { driver: 'goplugin' } },
    };
    const auth = chainOf(doc).find((s) => s.id === 'auth');
    expect(auth?.active).toBe(true);
    expect(auth?.functions.map((f) => f.fn.name)).toEqual(['Auth']);
  });

  it('leaves virtual endpoints out when the profile has enable_jsvm off', () => {
    const doc = oasDoc(
      {
        middleware: {
          operations: { v: { virtualEndpoint: { enabled: true, functionName: 'v', path: 'v.js' } } },
        },
      },
      { '/v': { get: { operationId: 'v', responses: {} } } },
    );
    expect(chainOf(doc).find((s) => s.id === 'virtual-endpoints')?.state).toBe('unknown');
    const step = chainOf(doc, true).find((s) => s.id === 'virtual-endpoints');
    expect(step?.state).toBe('inactive');
    expect(step?.reason).toMatch(/enable_jsvm/);
  });
});

describe('buildChain on a Tyk OAS operation with ignoreAuthentication', () => {
  it('skips the token check for that operation only', () => {
    const doc = withAuth(
      { enabled: true, securitySchemes: { key: { enabled: true } } },
      { securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'Authorization' } } },
    );
    doc.paths = {
      '/status/{id}': { get: { operationId: 'status', responses: {} } },
      '/orders': { get: { operationId: 'orders', responses: {} } },
    };
    (doc['x-tyk-api-gateway'] as JsonObject).middleware = {
      operations: { status: { ignoreAuthentication: { enabled: true } } },
    };
    const model = readPluginModel(doc, 'oas');
    const at = (path: string) =>
      buildChain(doc, 'oas', model, { method: 'GET', path }).find((s) => s.id === 'auth-token');
    expect(at('/t/status/1')?.reason).toMatch(/ignores authentication/);
    expect(at('/orders')?.active).toBe(true);
  });
});
