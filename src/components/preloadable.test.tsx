import { Suspense, type ComponentType } from 'react';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { preloadable } from './preloadable';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

/** A module load the test resolves (or rejects) when it chooses. */
function deferredModule() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<{ default: typeof Greeting }>((ok, fail) => {
    resolve = () => ok({ default: Greeting });
    reject = fail;
  });
  return { load: vi.fn(() => promise), resolve, reject };
}

function renderWithFallback(Component: ComponentType<{ name: string }>) {
  return render(
    <Suspense fallback={<p>Loading…</p>}>
      <Component name="Ada" />
    </Suspense>,
  );
}

describe('preloadable', () => {
  it('renders at once, without its fallback, when its code was preloaded', async () => {
    const module = deferredModule();
    const { Component, preload } = preloadable(module.load);
    const preloaded = preload();
    module.resolve();
    await preloaded;
    renderWithFallback(Component);
    // Synchronously on the first render: a React.lazy would show the fallback first.
    expect(screen.getByText('Hello Ada')).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(module.load).toHaveBeenCalledTimes(1);
  });

  it('suspends like React.lazy while its code loads, and loads it once', async () => {
    const module = deferredModule();
    const { Component, preload } = preloadable(module.load);
    renderWithFallback(Component);
    expect(screen.getByText('Loading…')).toBeTruthy();
    void preload();
    await act(async () => module.resolve());
    expect(await screen.findByText('Hello Ada')).toBeTruthy();
    expect(module.load).toHaveBeenCalledTimes(1);
  });

  it('loads again after a failed preload', async () => {
    const failing = deferredModule();
    const working = deferredModule();
    const load = vi
      .fn<() => Promise<{ default: typeof Greeting }>>()
      .mockImplementationOnce(failing.load)
      .mockImplementation(working.load);
    const { Component, preload } = preloadable(load);
    const first = preload();
    failing.reject(new Error('offline'));
    await expect(first).rejects.toThrow('offline');
    working.resolve();
    await preload();
    renderWithFallback(Component);
    expect(screen.getByText('Hello Ada')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
