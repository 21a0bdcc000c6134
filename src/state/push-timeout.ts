import { useCallback, useSyncExternalStore } from 'react';

/**
 * How long a push waits for the gateway's answer to its write before it counts the answer as lost (then
 * the push reloads and reads the API back to tell whether the write landed). Kept in localStorage: it
 * describes the user's network, and holds no secret.
 */
const STORAGE_KEY = 'plugin-studio:push-timeout-seconds';
export const DEFAULT_PUSH_TIMEOUT_SECONDS = 10;
export const PUSH_TIMEOUT_RANGE = { min: 2, max: 300 } as const;
const listeners = new Set<() => void>();

export function pushTimeoutSeconds(): number {
  try {
    const stored = Number(localStorage.getItem(STORAGE_KEY));
    if (Number.isInteger(stored) && stored >= PUSH_TIMEOUT_RANGE.min && stored <= PUSH_TIMEOUT_RANGE.max) return stored;
  } catch {
    // Storage blocked: the default applies.
  }
  return DEFAULT_PUSH_TIMEOUT_SECONDS;
}

export function savePushTimeoutSeconds(seconds: number): void {
  const clamped = Math.min(PUSH_TIMEOUT_RANGE.max, Math.max(PUSH_TIMEOUT_RANGE.min, Math.round(seconds)));
  try {
    localStorage.setItem(STORAGE_KEY, String(clamped));
  } catch {
    // Not remembered across reloads; nothing else to do.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The push timeout in seconds, and a way to change it. */
export function usePushTimeout(): [number, (seconds: number) => void] {
  const seconds = useSyncExternalStore(subscribe, pushTimeoutSeconds, pushTimeoutSeconds);
  const set = useCallback((next: number) => savePushTimeoutSeconds(next), []);
  return [seconds, set];
}
