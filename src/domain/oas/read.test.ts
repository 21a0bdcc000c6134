import { describe, expect, it } from 'vitest';
import { readFindings, readPluginModel } from '../definition/read';
import type { JsonObject } from '../json';

const fn = (functionName: string, extra: JsonObject = {}): JsonObject => ({ enabled: true, functionName, path: 'p.so', ...extra });

export const oasDoc: JsonObject = {
  openapi: '3.0.3',
  info: { title: 'T', version: '1' },
  paths: {
    '/pets': { get: { operationId: 'listPets' }, post: { operationId: 'addPet' } },
    '/pets/{id}': { parameters: [], delete: {} },
  },
  'x-tyk-api-gateway': {
    info: { id: 'oas1', name: 'Pets', state: { active: true } },
    server: {
      listenPath: { value: '/pets/' },
      authentication: {
        enabled: true,
        custom: {
          enabled: true,
          config: { enabled: true, functionName: 'Auth', path: 'a.so', requireSession: true, idExtractor: { enabled: true, source: 'header', with: 'value', config: {} } },
        },
      },
    },
    middleware: {
      global: {
        pluginConfig: { driver: 'goplugin', bundle: { enabled: true, path: 'b.zip' }, data: { enabled: true, value: { a: 1 } } },
        prePlugins: [fn('Pre'), fn('Pre2', { enabled: false })],
        postAuthenticationPlugins: [fn('PA', { rawBodyOnly: true })],
        postPlugins: [fn('Post')],
        responsePlugins: [fn('Resp')],
        trafficLogs: { enabled: true, plugins: [fn('Log')] },
      },
      operations: {
        listPets: { postPlugins: [fn('EP')] },
        addPet: { virtualEndpoint: { enabled: true, functionName: 'virt', path: 'v.js', requireSession: true } },
      },
    },
  },
};

describe('readOas', () => {
  const model = readPluginModel(oasDoc, 'oas');

  it('reads the driver and the hooks of the plural shape', () => {
    expect(model.driver).toBe('goplugin');
    expect(model.hooks.pre.functions.map((f) => [f.name, f.enabled])).toEqual([
      ['Pre', true],
      ['Pre2', false],
    ]);
    expect(model.hooks.pre.source).toEqual(['x-tyk-api-gateway', 'middleware', 'global', 'prePlugins']);
    expect(model.hooks.postAuth.functions[0]).toMatchObject({ name: 'PA', rawBodyOnly: true });
    expect(model.hooks.post.functions[0]?.name).toBe('Post');
    expect(model.hooks.response.functions[0]?.name).toBe('Resp');
    expect(model.hooks.analytics.functions[0]?.name).toBe('Log');
  });

  it('reads custom auth with its switch and id extractor', () => {
    expect(model.hooks.auth.functions[0]).toMatchObject({ name: 'Auth', path: 'a.so', requireSession: true, enabled: true });
    expect(model.customAuthEnabled).toBe(true);
    expect(model.keyless).toBe(false);
    expect(model.idExtractor?.['source']).toBe('header');
  });

  it('reads per-operation plugins with their method and path', () => {
    expect(model.endpointPlugins.map((e) => [e.kind, e.operationId, e.method, e.path, e.fn.name])).toEqual([
      ['goPlugin', 'listPets', 'GET', '/pets', 'EP'],
      ['virtual', 'addPet', 'POST', '/pets', 'virt'],
    ]);
    expect(model.endpoints).toEqual([
      { method: 'GET', path: '/pets', operationId: 'listPets' },
      { method: 'POST', path: '/pets', operationId: 'addPet' },
      { method: 'DELETE', path: '/pets/{id}' },
    ]);
  });

  it('reads bundle and config data', () => {
    expect(model.bundle).toMatchObject({ paths: ['b.zip'], enabled: true });
    expect(model.configData).toMatchObject({ enabled: true, value: { a: 1 } });
  });

  it('reads the older singular shape', () => {
    const legacy: JsonObject = {
      openapi: '3.0.3',
      'x-tyk-api-gateway': {
        middleware: {
          global: {
            prePlugin: { plugins: [fn('OldPre')] },
            postAuthenticationPlugin: { plugins: [fn('OldPA')] },
            postPlugin: { plugins: [fn('OldPost')] },
            responsePlugin: { plugins: [fn('OldResp')] },
          },
        },
      },
    };
    const m = readPluginModel(legacy, 'oas');
    expect(['pre', 'postAuth', 'post', 'response'].map((h) => m.hooks[h as 'pre'].functions[0]?.name)).toEqual(['OldPre', 'OldPA', 'OldPost', 'OldResp']);
    expect(m.hooks.pre.source).toEqual(['x-tyk-api-gateway', 'middleware', 'global', 'prePlugin', 'plugins']);
    expect(m.keyless).toBe(true);
  });

  it('prefers the plural field over the singular one, like the gateway', () => {
    const both: JsonObject = {
      openapi: '3.0.3',
      'x-tyk-api-gateway': { middleware: { global: { prePlugin: { plugins: [fn('Old')] }, prePlugins: [fn('New')] } } },
    };
    expect(readPluginModel(both, 'oas').hooks.pre.functions.map((f) => f.name)).toEqual(['New']);
  });

  it('reports wrong types with paths and reads them as empty', () => {
    const bad: JsonObject = {
      openapi: '3.0.3',
      'x-tyk-api-gateway': {
        server: { authentication: { custom: { enabled: 'yes', config: [] } } },
        middleware: { global: { prePlugins: 'x', pluginConfig: { driver: 1, bundle: { path: 2 } } }, operations: { a: { postPlugins: [null] } } },
      },
    };
    const m = readPluginModel(bad, 'oas');
    expect(m.hooks.pre.functions).toEqual([]);
    expect(m.customAuthEnabled).toBe(false);
    const paths = readFindings(bad, 'oas').map((f) => f.path.slice(1).join('.'));
    expect(paths.sort()).toEqual(
      [
        'middleware.global.prePlugins',
        'server.authentication.custom.config',
        'server.authentication.custom.enabled',
        'middleware.global.pluginConfig.driver',
        'middleware.global.pluginConfig.bundle.path',
        'middleware.operations.a.postPlugins.0',
      ].sort(),
    );
    expect(readFindings(oasDoc, 'oas')).toEqual([]);
  });
});

describe('reading parts of the model', () => {
  it('locates endpoint plugins by default even without the endpoint list', async () => {
    const { readModelParts } = await import('../definition/read');
    const m = readModelParts(oasDoc, 'oas', { endpoints: false, endpointPlugins: true });
    expect(m.endpoints).toEqual([]);
    expect(m.endpointPlugins[0]).toMatchObject({ operationId: 'listPets', method: 'GET', path: '/pets' });
  });
});
