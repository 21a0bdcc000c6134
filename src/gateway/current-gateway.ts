import type { Connection } from './connection';
import { connectionByKey, knownConnections } from './gateway-directory';

/**
 * Which gateway this tab works on. Each tab keeps its own choice (sessionStorage), so one can show dev while
 * another shows prod; a new tab starts on the one chosen last (localStorage).
 */
const KEY = 'plugin-studio:gateway';
const listeners = new Set<() => void>();
let chosen: string | undefined;

function stored(): string | undefined {
  try {
    return sessionStorage.getItem(KEY) ?? localStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The gateway the app talks to now: the tab's choice when the page still knows it, else the first one. */
export function getConnection(): Connection {
  chosen ??= stored();
  const all = knownConnections();
  return (chosen !== undefined ? connectionByKey(chosen) : undefined) ?? (all[0] as Connection);
}

/** Switch this tab to another gateway (by key); the app re-renders on it. */
export function chooseGateway(key: string): void {
  if (!connectionByKey(key) || key === getConnection().key) return;
  chosen = key;
  try {
    sessionStorage.setItem(KEY, key);
    localStorage.setItem(KEY, key);
  } catch {
    // Not remembered: the choice holds for this page's life.
  }
  for (const listener of listeners) listener();
}

export function onGatewayChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For tests: back to the first gateway. */
export function forgetGatewayChoice(): void {
  chosen = undefined;
  try {
    sessionStorage.removeItem(KEY);
    localStorage.removeItem(KEY);
  } catch {
    // Nothing stored.
  }
}
