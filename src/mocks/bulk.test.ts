import { describe, expect, it } from 'vitest';
import { summarizeApi } from '../domain';
import { bulkApis } from './bulk';
import { deleteStored, getStored, listStored, putStored, resetStore, seedBulk } from './store';

describe('bulk APIs for a large gateway', () => {
  it('generates both formats with plugins the domain reads', () => {
    const apis = bulkApis(12);
    expect(new Set(apis.map((api) => api.id)).size).toBe(12);
    expect(apis.filter((api) => api.format === 'oas')).toHaveLength(4);
    const summaries = apis.map((api) => summarizeApi(api.doc, api.format));
    expect(summaries.map((s) => s.id)).toEqual(apis.map((api) => api.id));
    expect(summaries.some((s) => s.pluginCount === 3 && s.driver !== '')).toBe(true);
    expect(summaries.some((s) => s.format === 'oas' && s.pluginCount > 0)).toBe(true);
  });

  it('lists them after the stored APIs; writing one makes it a stored API; reset drops them', () => {
    resetStore();
    const before = listStored().length;
    expect(seedBulk(100)).toBe(100);
    expect(listStored()).toHaveLength(before + 100);
    const one = getStored('bulk-00007');
    expect(one?.format).toBe('classic');
    putStored({ ...one!, doc: { ...one!.doc, name: 'Renamed' } });
    expect(listStored()).toHaveLength(before + 100);
    expect(getStored('bulk-00007')?.doc.name).toBe('Renamed');
    expect(deleteStored('bulk-00008')).toBe(true);
    expect(listStored()).toHaveLength(before + 99);
    resetStore();
    expect(listStored()).toHaveLength(before);
  });
});
