import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../profile/profile';
import { emptyModel, pluginFunction, withHook } from '../rules/model-builders';
import { buildChain } from './build-chain';
import { CHAIN_STAGES } from './stages';
import type { ChainStep } from './types';

const step = (steps: ChainStep[], id: string): ChainStep => {
  const found = steps.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
};

describe('CHAIN_STAGES', () => {
  it('follows the gateway order: pre hooks after CORS, custom auth after the built-in auth methods, post last before upstream', () => {
    const ids = CHAIN_STAGES.map((s) => s.id);
    const index = (id: string) => ids.indexOf(id);
    expect(index('cors')).toBeLessThan(index('pre'));
    expect(index('pre')).toBeLessThan(index('rate-check'));
    expect(index('auth-openid')).toBeLessThan(index('auth'));
    expect(index('auth')).toBeLessThan(index('auth-token'));
    expect(index('auth-token')).toBeLessThan(index('post-auth'));
    expect(index('post-auth')).toBeLessThan(index('key-expiry'));
    expect(index('virtual-endpoints')).toBeLessThan(index('endpoint-go-plugins'));
    expect(index('endpoint-go-plugins')).toBeLessThan(index('post'));
    expect(index('post')).toBeLessThan(index('upstream'));
    expect(index('response')).toBeLessThan(index('response-cache'));
    expect(ids.at(-1)).toBe('analytics');
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('buildChain', () => {
  it('skips the auth stages of a keyless Classic API and says why', () => {
    const model = withHook(emptyModel('classic', { keyless: true }), 'postAuth', [pluginFunction('Check')]);
    const steps = buildChain({ use_keyless: true }, 'classic', model);
    const postAuth = step(steps, 'post-auth');
    expect(postAuth.active).toBe(false);
    expect(postAuth.reason).toMatch(/keyless/);
    expect(postAuth.functions[0]?.runs).toBe(false);
    expect(step(steps, 'auth-token').active).toBe(false);
  });

  it('falls back to token auth when no other auth method is on', () => {
    const steps = buildChain({ use_keyless: false }, 'classic', emptyModel('classic'));
    expect(step(steps, 'auth-token').active).toBe(true);
    expect(step(steps, 'auth-token').reason).toMatch(/falls back/);
    const jwt = buildChain({ enable_jwt: true }, 'classic', emptyModel('classic'));
    expect(step(jwt, 'auth-jwt').active).toBe(true);
    expect(step(jwt, 'auth-token').active).toBe(false);
  });

  it('reads built-ins from Classic fields', () => {
    const doc = {
      CORS: { enable: true },
      global_rate_limit: { rate: 10, per: 1 },
      allowed_ips: ['10.0.0.1'],
    };
    const steps = buildChain(doc, 'classic', emptyModel('classic'));
    expect(step(steps, 'cors').active).toBe(true);
    expect(step(steps, 'api-rate-limit').active).toBe(true);
    expect(step(steps, 'ip-allow-list').active).toBe(true);
    const bare = buildChain({}, 'classic', emptyModel('classic'));
    expect(step(bare, 'cors').active).toBe(false);
    expect(step(bare, 'api-rate-limit').reason).toBe('no rate limit set');
    expect(step(bare, 'org-quota').state).toBe('unknown');
  });

  it('reads built-ins from x-tyk-api-gateway fields', () => {
    const doc = {
      'x-tyk-api-gateway': {
        middleware: { global: { cors: { enabled: true } } },
        upstream: { rateLimit: { enabled: true, rate: 5, per: '1s' } },
      },
    };
    const steps = buildChain(doc, 'oas', emptyModel('oas'));
    expect(step(steps, 'cors').active).toBe(true);
    expect(step(steps, 'api-rate-limit').active).toBe(true);
  });

  it('carries hook functions and marks disabled ones', () => {
    const model = withHook(emptyModel('classic', { driver: 'goplugin' }), 'pre', [
      pluginFunction('A', 'a.so'),
      pluginFunction('B', 'b.so', { enabled: false }),
    ]);
    const pre = step(buildChain({}, 'classic', model), 'pre');
    expect(pre.active).toBe(true);
    expect(pre.functions.map((f) => [f.fn.name, f.runs])).toEqual([
      ['A', true],
      ['B', false],
    ]);
  });

  it('with a profile, drops co-process hooks when enable_coprocess is off and shows the token fallback', () => {
    let model = emptyModel('classic', { driver: 'python', customAuthEnabled: true });
    model = withHook(model, 'auth', [pluginFunction('MyAuth')]);
    model = withHook(model, 'pre', [pluginFunction('MyPre')]);
    const steps = buildChain({}, 'classic', model, undefined, { profile: DEFAULT_PROFILE });
    expect(step(steps, 'pre').active).toBe(false);
    expect(step(steps, 'pre').reason).toMatch(/enable_coprocess/);
    expect(step(steps, 'auth').active).toBe(false);
    expect(step(steps, 'auth-token').active).toBe(true);
    expect(step(steps, 'auth-token').warning).toMatch(/token auth/);
    const on = buildChain({}, 'classic', model, undefined, {
      profile: { ...DEFAULT_PROFILE, enableCoprocess: true },
    });
    expect(step(on, 'auth').active).toBe(true);
    expect(step(on, 'auth-token').active).toBe(false);
  });

  it('for a request, keeps only the per-endpoint plugins on that method and path', () => {
    const model = emptyModel('oas', {
      endpointPlugins: [
        {
          kind: 'goPlugin',
          method: 'POST',
          path: '/refunds/{id}',
          operationId: 'refund',
          fn: pluginFunction('Refund', 'r.so'),
        },
        {
          kind: 'goPlugin',
          method: 'GET',
          path: '/orders',
          operationId: 'orders',
          fn: pluginFunction('Orders', 'o.so'),
        },
      ],
    });
    const hit = step(
      buildChain({}, 'oas', model, { method: 'post', path: '/refunds/42' }),
      'endpoint-go-plugins',
    );
    expect(hit.active).toBe(true);
    expect(hit.functions.map((f) => f.fn.name)).toEqual(['Refund']);
    const miss = step(
      buildChain({}, 'oas', model, { method: 'DELETE', path: '/refunds/42' }),
      'endpoint-go-plugins',
    );
    expect(miss.active).toBe(false);
    expect(miss.reason).toMatch(/another endpoint/);
  });

  it('never throws on malformed fields', () => {
    const doc = { CORS: 'yes', version_data: { versions: { v1: null } }, global_rate_limit: [] } as never;
    expect(() => buildChain(doc, 'classic', emptyModel('classic'))).not.toThrow();
  });
});

describe('buildChain for an endpoint that ignores authentication', () => {
  const versions = {
    Default: {
      name: 'Default',
      extended_paths: { ignored: [{ path: '/health', method_actions: { GET: { action: 'no_action' } } }] },
    },
  };
  const doc = { use_keyless: false, enable_jwt: true, version_data: { not_versioned: true, versions } };

  it('skips the auth stages the gateway skips on that endpoint only', () => {
    const model = withHook(emptyModel('classic', { driver: 'goplugin', customAuthEnabled: true }), 'auth', [
      pluginFunction('A', 'a.so'),
    ]);
    const health = buildChain(doc, 'classic', model, { method: 'GET', path: '/health' });
    expect(step(health, 'auth-jwt').active).toBe(false);
    expect(step(health, 'auth-jwt').reason).toMatch(/ignores authentication/);
    expect(step(health, 'access-rights').active).toBe(false);
    // Go custom auth does not check the ignored status.
    expect(step(health, 'auth').active).toBe(true);
    const other = buildChain(doc, 'classic', model, { method: 'GET', path: '/orders' });
    expect(step(other, 'auth-jwt').active).toBe(true);
    const post = buildChain(doc, 'classic', model, { method: 'POST', path: '/health' });
    expect(step(post, 'auth-jwt').active).toBe(true);
  });

  it('skips co-process custom auth too', () => {
    const model = withHook(emptyModel('classic', { driver: 'python', customAuthEnabled: true }), 'auth', [
      pluginFunction('A'),
    ]);
    const health = buildChain(doc, 'classic', model, { method: 'GET', path: '/health' });
    expect(step(health, 'auth').active).toBe(false);
  });
});
