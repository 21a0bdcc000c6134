import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PERSIST_KEY } from './store';

// Each test loads a fresh copy of the store, as a page load would.
async function freshStore() {
  vi.resetModules();
  return import('./store');
}

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('embedded gateway store', () => {
  it('does not touch localStorage unless persistence is on (tests, node)', async () => {
    const store = await freshStore();
    store.putStored({ id: 'x', format: 'classic', doc: { api_id: 'x' } });
    expect(localStorage.getItem(PERSIST_KEY)).toBeNull();
  });

  it('survives a page reload once persistence is on', async () => {
    const first = await freshStore();
    first.enablePersistence();
    first.putStored({ id: 'loyalty', format: 'classic', doc: { api_id: 'loyalty', name: 'Loyalty' } });
    first.deleteStored('payments');
    const faults = await import('./faults');
    faults.setFaults({ latencyMs: 50 });

    const second = await freshStore();
    expect(second.getStored('loyalty')).toBeUndefined();
    second.enablePersistence();
    expect(second.getStored('loyalty')?.doc).toEqual({ api_id: 'loyalty', name: 'Loyalty' });
    expect(second.getStored('payments')).toBeUndefined();
    expect(second.getFaults()).toEqual({ latencyMs: 50 });
  });

  it('starts from the seed when what was saved is not usable', async () => {
    localStorage.setItem(PERSIST_KEY, '{broken');
    const store = await freshStore();
    store.enablePersistence();
    expect(store.getStored('payments')?.doc.name).toBe('Payments API');
    localStorage.setItem(PERSIST_KEY, JSON.stringify({ version: 1, apis: [{ id: 1 }, { id: 'ok', format: 'oas', doc: {} }] }));
    const again = await freshStore();
    again.enablePersistence();
    expect(again.listStored().map((api) => api.id)).toEqual(['ok']);
  });

  it('reset restores the seed and clears faults, also in storage', async () => {
    const store = await freshStore();
    store.enablePersistence();
    store.deleteStored('orders');
    store.writeFaults({ down: true });
    store.resetStore();
    expect(store.getStored('orders')).toBeDefined();
    expect(store.getFaults()).toEqual({});
    expect(localStorage.getItem(PERSIST_KEY)).toContain('"orders"');
  });

  it('hands out copies: changing one does not change the stored API', async () => {
    const store = await freshStore();
    const copy = store.getStored('payments');
    if (copy) copy.doc.name = 'mutated';
    expect(store.getStored('payments')?.doc.name).toBe('Payments API');
  });
});

describe('faults', () => {
  it('fails the next N requests, then stops', async () => {
    await freshStore();
    const faults = await import('./faults');
    faults.setFaults({ failNext: { status: 500, times: 2 } });
    expect(faults.takeFailure('GET /tyk/apis')?.status).toBe(500);
    expect(faults.takeFailure('GET /tyk/apis')?.status).toBe(500);
    expect(faults.takeFailure('GET /tyk/apis')).toBeUndefined();
  });

  it('only fails matching requests when told to', async () => {
    await freshStore();
    const faults = await import('./faults');
    faults.setFaults({ failNext: { status: 409, match: 'PUT /tyk/apis/oas/orders' } });
    expect(faults.takeFailure('GET /tyk/apis/oas')).toBeUndefined();
    expect(faults.takeFailure('PUT /tyk/apis/oas/orders')?.status).toBe(409);
  });

  it('simulates a concurrent change to a Classic and an OAS API', async () => {
    const store = await freshStore();
    const faults = await import('./faults');
    expect(faults.simulateConcurrentChange('payments')).toBe(true);
    expect(store.getStored('payments')?.doc.name).toBe('Payments API (changed elsewhere)');
    expect(faults.simulateConcurrentChange('orders')).toBe(true);
    const ext = store.getStored('orders')?.doc['x-tyk-api-gateway'] as { info: { name: string } };
    expect(ext.info.name).toBe('Orders (OAS) (changed elsewhere)');
    expect(faults.simulateConcurrentChange('nope')).toBe(false);
    // Twice does not stack the mark, but the content still changes (a new timestamp).
    faults.simulateConcurrentChange('payments');
    expect(store.getStored('payments')?.doc.name).toBe('Payments API (changed elsewhere)');
  });
});
