import type { Faults, GatewayState, StoredApi } from './store-types';
import { readPersisted } from './store-persisted';
import { DEFAULT_INSTANCE, seedFor } from './instances';
import { bulkApis } from './bulk';
import { loadApis } from './load';

export type { FailNext, Faults, GatewayState, StoredApi } from './store-types';

export const PERSIST_KEY = 'plugin-studio:embedded-gateway';

function seedState(instance: string): GatewayState {
  const apis = seedFor(instance);
  return { version: 1, apis, loaded: loadApis(apis, []), faults: {}, reloads: { node: 0, group: 0 } };
}

/**
 * The embedded gateway serves several named instances (the seeded one, "prod", the nodes of a cluster), each
 * with its own APIs, faults and reloads, as separate gateway processes would. The handlers work on the
 * active one: `switchInstance` swaps it in (tyk-responses.ts does so for each request, one at a time).
 */
const instances = new Map<string, { state: GatewayState; bulk: StoredApi[] }>();
let active = DEFAULT_INSTANCE;
let state: GatewayState = seedState(DEFAULT_INSTANCE);
let persistent = false;
/**
 * Generated APIs for a large-gateway demo or speed test (`seedBulk`): kept in memory only (10,000
 * definitions do not fit in localStorage), so a page reload drops them.
 */
let bulk: StoredApi[] = [];

/** The seeded instance keeps the key it always had, so a demo saved before named instances survives. */
const keyOf = (instance: string) => (instance === DEFAULT_INSTANCE ? PERSIST_KEY : `${PERSIST_KEY}:${instance}`);

function readStorage(instance: string): string | null | undefined {
  try {
    return globalThis.localStorage?.getItem(keyOf(instance));
  } catch {
    // Storage blocked (privacy settings): start from the seed.
    return undefined;
  }
}

function persist(): void {
  if (!persistent) return;
  try {
    globalThis.localStorage?.setItem(keyOf(active), JSON.stringify(state));
  } catch {
    // A full or blocked storage only costs persistence across reloads; the gateway keeps working.
  }
}

/** The instance the handlers and the functions below work on now. */
export function activeInstance(): string {
  return active;
}

/** Make `instance` the one the functions below work on; its state is read (or seeded) the first time. */
export function switchInstance(instance: string): void {
  if (instance === active) return;
  instances.set(active, { state, bulk });
  const next = instances.get(instance);
  active = instance;
  if (next) {
    ({ state, bulk } = next);
    return;
  }
  bulk = [];
  const saved = persistent ? readPersisted(readStorage(instance)) : undefined;
  state = saved ?? seedState(instance);
  if (!saved) persist();
}

/** Run `work` on another instance and come back (synchronous, so nothing else runs in between). */
export function onInstance<T>(instance: string, work: () => T): T {
  const before = active;
  switchInstance(instance);
  try {
    return work();
  } finally {
    switchInstance(before);
  }
}

/**
 * Keep the state in localStorage from now on (the browser worker calls this; tests do not), so the demo
 * survives a page reload. Loads what was saved before, if anything.
 */
export function enablePersistence(): void {
  persistent = true;
  switchInstance(DEFAULT_INSTANCE);
  instances.clear();
  const saved = readPersisted(readStorage(DEFAULT_INSTANCE));
  if (saved) state = saved;
  else persist();
}

/** Every instance back to its seed definitions, no faults. */
export function resetStore(): void {
  const others = [...instances.keys(), active].filter((name) => name !== DEFAULT_INSTANCE);
  instances.clear();
  active = DEFAULT_INSTANCE;
  state = seedState(DEFAULT_INSTANCE);
  bulk = [];
  persist();
  // The others are seeded again when next used.
  for (const name of others) {
    try {
      globalThis.localStorage?.removeItem(keyOf(name));
    } catch {
      // Nothing stored.
    }
  }
}

export function listStored(): StoredApi[] {
  return [...state.apis, ...bulk].map((api) => ({ ...api, doc: structuredClone(api.doc) }));
}

/** Add `count` generated APIs (in memory only) after the stored ones; replaces an earlier bulk seed. */
export function seedBulk(count: number): number {
  bulk = bulkApis(Math.max(0, Math.min(50_000, Math.floor(count))));
  return bulk.length;
}

export function getStored(id: string): StoredApi | undefined {
  const found = state.apis.find((api) => api.id === id) ?? bulk.find((api) => api.id === id);
  return found ? { ...found, doc: structuredClone(found.doc) } : undefined;
}

/**
 * A generated API that is written or deleted becomes an ordinary one: stored (and persisted) like any other,
 * and still served as it was until the next reload.
 */
function adoptBulk(id: string): void {
  const found = bulk.find((api) => api.id === id);
  if (!found) return;
  bulk = bulk.filter((api) => api.id !== id);
  state.apis.push(found);
  state.loaded.push(found);
}

/** Write an API: replaces the one with the same id (as the gateway replaces the file), else appends. */
export function putStored(api: StoredApi): void {
  adoptBulk(api.id);
  const copy = { ...api, doc: structuredClone(api.doc) };
  const index = state.apis.findIndex((existing) => existing.id === api.id);
  if (index === -1) state.apis.push(copy);
  else state.apis[index] = copy;
  persist();
}

export function deleteStored(id: string): boolean {
  adoptBulk(id);
  const before = state.apis.length;
  state.apis = state.apis.filter((api) => api.id !== id);
  persist();
  return state.apis.length !== before;
}

function copies(apis: StoredApi[]): StoredApi[] {
  return apis.map((api) => ({ ...api, doc: structuredClone(api.doc) }));
}

/** What the gateway serves (answers GET with): the APIs as the last hot reload loaded them. */
export function listServed(): StoredApi[] {
  return copies([...state.loaded, ...bulk]);
}

export function getServed(id: string): StoredApi | undefined {
  const found = state.loaded.find((api) => api.id === id) ?? bulk.find((api) => api.id === id);
  return found ? { ...found, doc: structuredClone(found.doc) } : undefined;
}

/** Change what is served without a reload: the gateway does so for a base API that gains a version. */
export function putServed(api: StoredApi): void {
  adoptBulk(api.id);
  const copy = { ...api, doc: structuredClone(api.doc) };
  const index = state.loaded.findIndex((existing) => existing.id === api.id);
  if (index === -1) state.loaded.push(copy);
  else state.loaded[index] = copy;
  persist();
}

/**
 * A hot reload: what is stored (written since) becomes what is served, normalised as the gateway answers
 * GET. Until then a write is kept but the old copy is served (gateway/api.go writes the file; the loader
 * reads it on reload).
 */
export function loadStored(): void {
  state.loaded = loadApis(state.apis, state.loaded);
  persist();
}

export function getFaults(): Faults {
  return state.faults;
}

export function writeFaults(faults: Faults): void {
  state.faults = faults;
  persist();
}

export function countReload(kind: 'node' | 'group'): number {
  state.reloads[kind] += 1;
  persist();
  return state.reloads[kind];
}

export function reloadCounts(): { node: number; group: number } {
  return { ...state.reloads };
}
