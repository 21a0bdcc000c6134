import { useCallback, useSyncExternalStore } from 'react';
import { DEFAULT_PROFILE, EMBEDDED_PROFILE, readStoredProfile, type GatewayProfile } from '../domain/profile/profile';
import { EMBEDDED_LABEL } from '../gateway/connection';
import { getConnection } from '../gateway/current-gateway';

/**
 * The gateway profile (build and tyk.conf switches) for each gateway connection, kept in localStorage:
 * it describes the gateway, holds no secret, and every view that lints (pipeline, lint list) reads it.
 */
const STORAGE_KEY = 'plugin-studio:gateway-profiles';
const listeners = new Set<() => void>();
let cache: Record<string, GatewayProfile> | undefined;

function readAll(): Record<string, GatewayProfile> {
  if (cache) return cache;
  const all: Record<string, GatewayProfile> = {};
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    if (stored && typeof stored === 'object') {
      for (const [gateway, value] of Object.entries(stored)) {
        const profile = readStoredProfile(value);
        if (profile) all[gateway] = profile;
      }
    }
  } catch {
    // Unreadable settings fall back to the stock release profile.
  }
  cache = all;
  return all;
}

/** The stored profile of a gateway; until one is saved, the embedded gateway's own, else a stock release. */
export function profileFor(gateway: string): GatewayProfile {
  // The embedded gateway's named instances (embedded-gateways.ts) are the same set-up as the seeded one.
  const embedded = gateway === EMBEDDED_LABEL || gateway.startsWith('embedded:');
  return readAll()[gateway] ?? (embedded ? EMBEDDED_PROFILE : DEFAULT_PROFILE);
}

export function saveProfile(gateway: string, profile: GatewayProfile): void {
  cache = { ...readAll(), [gateway]: profile };
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(cache));
  } catch {
    // Storage full or disabled: the profile still applies for this page's life.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY) return;
    cache = undefined;
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The profile of the gateway the app talks to, and a way to change it; re-renders on change. */
export function useGatewayProfile(): [GatewayProfile, (profile: GatewayProfile) => void] {
  const gateway = getConnection().key;
  const profile = useSyncExternalStore(subscribe, () => profileFor(gateway), () => profileFor(gateway));
  const set = useCallback((next: GatewayProfile) => saveProfile(gateway, next), [gateway]);
  return [profile, set];
}
