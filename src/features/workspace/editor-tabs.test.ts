import { beforeEach, describe, expect, it, vi } from 'vitest';

const monaco = vi.hoisted(() => ({ loadMonaco: vi.fn(), prefetchMonaco: vi.fn() }));
vi.mock('../../monaco/load-monaco', () => monaco);

import { loadCodeTab, loadDefinitionTab, prefetchEditorTabs } from './editor-tabs';
import { preloadPluginCodeView } from '../plugin-editor';

describe('the editor tabs’ code', () => {
  beforeEach(() => {
    monaco.loadMonaco.mockReset().mockResolvedValue(undefined);
  });

  it('loads the Code tab with Monaco starting beside it', async () => {
    const code = await loadCodeTab();
    expect(typeof code.CodeTab).toBe('function');
    await vi.waitFor(() => expect(monaco.loadMonaco).toHaveBeenCalledTimes(1));
  });

  it('loads the Definition tab without Monaco: its JSON editor starts it, and a definition too large to show has none', async () => {
    const definition = await loadDefinitionTab();
    expect(typeof definition.DefinitionTab).toBe('function');
    // Give a started import the time to run: nothing may have asked for Monaco.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(monaco.loadMonaco).not.toHaveBeenCalled();
  });

  it('prefetches both tabs and their views without starting Monaco', async () => {
    prefetchEditorTabs();
    // The view is loaded by then: preloading it again resolves at once, with no new import.
    await preloadPluginCodeView();
    expect(monaco.loadMonaco).not.toHaveBeenCalled();
  });

  it('still opens the tab when Monaco fails to load (the view shows that failure itself)', async () => {
    monaco.loadMonaco.mockRejectedValue(new Error('offline'));
    await expect(loadCodeTab()).resolves.toHaveProperty('CodeTab');
  });
});
