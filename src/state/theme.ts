import { useSyncExternalStore } from 'react';

export type Theme = 'light' | 'dark';

/** Where the header's toggle keeps the choice; public/theme-init.js reads the same key before the first paint. */
export const THEME_KEY = 'plugin-studio:theme';

const listeners = new Set<() => void>();
const darkQuery = () => (typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : undefined);

function stored(): Theme | undefined {
  try {
    const value = localStorage.getItem(THEME_KEY);
    return value === 'dark' || value === 'light' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The theme on the page now (theme-init.js set it before the first paint). */
export function currentTheme(): Theme {
  return document.documentElement.dataset['theme'] === 'dark' ? 'dark' : 'light';
}

function apply(theme: Theme): void {
  if (currentTheme() === theme && document.documentElement.dataset['theme']) return;
  document.documentElement.dataset['theme'] = theme;
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

/** Until a choice is made, the page follows the system's setting as it changes. Returns the way to stop. */
export function followSystemTheme(): () => void {
  const query = darkQuery();
  apply(stored() ?? (query?.matches ? 'dark' : 'light'));
  if (!query) return () => {};
  const onChange = () => {
    if (!stored()) apply(query.matches ? 'dark' : 'light');
  };
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Tells `listener` whenever the theme changes (Monaco follows it this way). */
export function subscribeTheme(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useTheme(): Theme {
  return useSyncExternalStore(subscribeTheme, currentTheme, () => 'light');
}
