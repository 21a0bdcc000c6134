import { useSyncExternalStore } from 'react';

export type Theme = 'light' | 'dark';

/**
 * Where the header's toggle keeps the choice. public/theme-init.js reads the same key before the first paint
 * (a classic script in index.html's head, a file so the CSP allows it) and puts the theme on <html>, so the
 * page never flashes light before turning dark; this module takes over once the app runs.
 */
export const THEME_KEY = 'plugin-studio:theme';

const listeners = new Set<() => void>();
const root = () => document.documentElement;

function stored(): string | null {
  try {
    return localStorage.getItem(THEME_KEY);
  } catch {
    return null;
  }
}

/** The theme on the page now (theme-init.js set it before the first paint). */
export function currentTheme(): Theme {
  return root().dataset['theme'] === 'dark' ? 'dark' : 'light';
}

function apply(theme: Theme): void {
  if (root().dataset['theme'] === theme) return;
  root().dataset['theme'] = theme;
  for (const listener of listeners) listener();
}

/** The header's toggle: the choice is kept, and the system's setting no longer counts. */
export function chooseTheme(theme: Theme): void {
  try {
    localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Not kept past this page, but applied.
  }
  apply(theme);
}

/** Until a choice is made, the page follows the system's setting as it changes. */
export function followSystemTheme(): void {
  const query = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
  const follow = () => {
    const choice = stored();
    apply(choice === 'dark' || (choice !== 'light' && query?.matches) ? 'dark' : 'light');
  };
  follow();
  query?.addEventListener('change', follow);
}

/** Tells `listener` whenever the theme changes (Monaco follows it this way). */
export function subscribeTheme(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useTheme(): Theme {
  return useSyncExternalStore(subscribeTheme, currentTheme, () => 'light');
}
