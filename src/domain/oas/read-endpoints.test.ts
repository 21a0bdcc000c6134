import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json';
import { applyEdit } from '../pipeline/edits';
import { readOasEndpoints } from './read-endpoints';
import { readPluginModel } from '../definition/read';

const doc = (): JsonObject => ({
  openapi: '3.0.3',
  info: { title: 'T', version: '1' },
  paths: { '/pets': { get: { operationId: 'listPets' }, post: {} } },
  'x-tyk-api-gateway': {
    info: { name: 'Pets', state: { active: true } },
    server: { listenPath: { value: '/pets/' } },
    middleware: { global: { pluginConfig: { driver: 'goplugin' }, prePlugins: [] } },
  },
});

describe('readOasEndpoints', () => {
  it('reads one endpoint per method, with its operationId', () => {
    expect(readOasEndpoints(doc())).toEqual([
      { method: 'GET', path: '/pets', operationId: 'listPets' },
      { method: 'POST', path: '/pets' },
    ]);
  });

  it('reads `paths` once while an edit leaves it as it is, and again when the paths change', () => {
    const before = doc();
    const first = readOasEndpoints(before);
    const edited = applyEdit(before, 'oas', { type: 'attach', hook: 'pre', fn: { name: 'AddHeader', path: 'p.so' } });
    if (!edited.ok) throw new Error(edited.reason);
    expect(edited.doc['paths']).toBe(before['paths']);
    expect(readOasEndpoints(edited.doc)).toBe(first);

    const other = { ...before, paths: { '/cats': { get: {} } } };
    expect(readOasEndpoints(other)).toEqual([{ method: 'GET', path: '/cats' }]);
  });

  it('hands out a frozen list, so that no reader can change what the others share', () => {
    const list = readOasEndpoints(doc());
    expect(Object.isFrozen(list)).toBe(true);
    expect(Object.isFrozen(list[0])).toBe(true);
  });
});

describe('per-endpoint plugins after an edit on one endpoint', () => {
  const withPlugins = (): JsonObject => {
    const d = doc();
    const paths = d.paths as JsonObject;
    paths['/cats'] = { get: { operationId: 'listCats' } };
    paths['/dogs'] = { get: { operationId: 'listDogs' } };
    const tyk = d['x-tyk-api-gateway'] as JsonObject;
    (tyk.middleware as JsonObject).operations = {
      listPets: { postPlugins: [{ enabled: true, functionName: 'CheckPets', path: 'p.so' }] },
      listCats: {},
      listDogs: { postPlugins: [{ enabled: true, functionName: 'CheckDogs', path: 'p.so' }] },
    };
    return d;
  };

  it('reads only the entry the edit changed, and agrees with a fresh read of the edited definition', () => {
    const before = withPlugins();
    const first = readPluginModel(before, 'oas').endpointPlugins;
    expect(first.map((p) => p.fn.name)).toEqual(['CheckPets', 'CheckDogs']);
    const edited = applyEdit(before, 'oas', { type: 'updateEndpointPlugin', index: 0, fields: { enabled: false } });
    if (!edited.ok) throw new Error(edited.reason);
    const after = readPluginModel(edited.doc, 'oas').endpointPlugins;
    expect(after.map((p) => [p.fn.name, p.fn.enabled])).toEqual([
      ['CheckPets', false],
      ['CheckDogs', true],
    ]);
    // The untouched endpoint's plugin is the one read before; the whole list is what a fresh read gives.
    expect(after[1]).toBe(first[1]);
    expect(after).toEqual(readPluginModel(structuredClone(edited.doc), 'oas').endpointPlugins);
  });

  it('reads an entry added by an edit, and drops one the edit removed', () => {
    const before = withPlugins();
    readPluginModel(before, 'oas');
    const tyk = before['x-tyk-api-gateway'] as JsonObject;
    const middleware = tyk.middleware as JsonObject;
    const operations = middleware.operations as JsonObject;
    const { listDogs: _dropped, ...rest } = operations;
    const next = { ...before, 'x-tyk-api-gateway': { ...tyk, middleware: { ...middleware, operations: { ...rest, listCats: { postPlugins: [{ enabled: true, functionName: 'CheckCats', path: 'p.so' }] } } } } };
    expect(readPluginModel(next, 'oas').endpointPlugins.map((p) => p.fn.name)).toEqual(['CheckPets', 'CheckCats']);
  });
});
