import { lazy, type ComponentType } from 'react';

export interface Preloadable<P extends object> {
  /** Renders the loaded component; suspends (as React.lazy) only while its code is still loading. */
  Component: ComponentType<P>;
  /** Loads the code ahead of the first render. Rejects when it cannot load (the component tries again). */
  preload: () => Promise<void>;
}

/**
 * A component whose code loads on demand, like React.lazy, but that renders at once when its code was loaded
 * ahead. React.lazy suspends on its first render even then, and React holds back the reveal of a suspended
 * part for up to 300 ms after its fallback showed: on an editor tab that was a fifth of its first open.
 */
export function preloadable<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<{ default: ComponentType<P> }> | undefined;
  const start = () => {
    pending ??= load().then(
      (mod) => {
        loaded = mod.default;
        return mod;
      },
      (error: unknown) => {
        // Forgotten, so that the next attempt loads again.
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  const Lazy = lazy(start);
  function Component(props: P) {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return { Component, preload: () => start().then(() => undefined) };
}
