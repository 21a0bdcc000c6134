import type { Faults, GatewayState, StoredApi } from './store-types';
import { readPersisted } from './store-persisted';
import { seedApis } from './seed';
import { bulkApis } from './bulk';

export type { FailNext, Faults, GatewayState, StoredApi } from './store-types';

export const PERSIST_KEY = 'plugin-studio:embedded-gateway';

function seedState(): GatewayState {
  return { version: 1, apis: seedApis(), faults: {}, reloads: { node: 0, group: 0 } };
}

let state: GatewayState = seedState();
let persistent = false;
/**
 * Generated APIs for a large-gateway demo or speed test (`seedBulk`): kept in memory only (10,000
 * definitions do not fit in localStorage), so a page reload drops them.
 */
let bulk: StoredApi[] = [];

function readStorage(): string | null | undefined {
  try {
    return globalThis.localStorage?.getItem(PERSIST_KEY);
  } catch {
    // Storage blocked (privacy settings): start from the seed.
    return undefined;
  }
}

function persist(): void {
  if (!persistent) return;
  try {
    globalThis.localStorage?.setItem(PERSIST_KEY, JSON.stringify(state));
  } catch {
    // A full or blocked storage only costs persistence across reloads; the gateway keeps working.
  }
}

/**
 * Keep the state in localStorage from now on (the browser worker calls this; tests do not), so the demo
 * survives a page reload. Loads what was saved before, if anything.
 */
export function enablePersistence(): void {
  persistent = true;
  const saved = readPersisted(readStorage());
  if (saved) state = saved;
  else persist();
}

/** Back to the seed definitions, no faults. */
export function resetStore(): void {
  state = seedState();
  bulk = [];
  persist();
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

/** Write an API: replaces the one with the same id (as the gateway replaces the file), else appends. */
export function putStored(api: StoredApi): void {
  // A written bulk API becomes a stored one (and is persisted like any other).
  bulk = bulk.filter((existing) => existing.id !== api.id);
  const copy = { ...api, doc: structuredClone(api.doc) };
  const index = state.apis.findIndex((existing) => existing.id === api.id);
  if (index === -1) state.apis.push(copy);
  else state.apis[index] = copy;
  persist();
}

export function deleteStored(id: string): boolean {
  const before = state.apis.length + bulk.length;
  state.apis = state.apis.filter((api) => api.id !== id);
  bulk = bulk.filter((api) => api.id !== id);
  persist();
  return state.apis.length + bulk.length !== before;
}

function copies(apis: StoredApi[]): StoredApi[] {
  return apis.map((api) => ({ ...api, doc: structuredClone(api.doc) }));
}

/** The APIs the gateway answers with: the loaded ones when writes wait for a reload, else the stored ones. */
export function listServed(): StoredApi[] {
  return state.loaded ? copies([...state.loaded, ...bulk]) : listStored();
}

export function getServed(id: string): StoredApi | undefined {
  if (!state.loaded) return getStored(id);
  const found = state.loaded.find((api) => api.id === id) ?? bulk.find((api) => api.id === id);
  return found ? { ...found, doc: structuredClone(found.doc) } : undefined;
}

/**
 * Serve writes only after a hot reload, as a real gateway does (on), or at once (off, the default). Turning
 * it on loads what is stored now.
 */
export function setServeAfterReload(on: boolean): void {
  if (on && !state.loaded) state.loaded = copies(state.apis);
  if (!on) delete state.loaded;
  persist();
}

export function servesAfterReload(): boolean {
  return state.loaded !== undefined;
}

/** A hot reload: what is stored becomes what is served. */
export function loadStored(): void {
  if (state.loaded) state.loaded = copies(state.apis);
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
