import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json';
import { applyEdit } from '../pipeline/edits';
import { readOasEndpoints } from './read-endpoints';

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
