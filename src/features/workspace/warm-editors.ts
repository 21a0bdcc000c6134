import { loadMonaco, prefetchMonaco } from '../../monaco/load-monaco';
import { loadCodeTab, loadDefinitionTab } from './editor-tabs';

type Idle = (callback: () => void, options?: { timeout: number }) => number;

/**
 * Once an opened API's workspace is idle, fetch Monaco's files without running them, so the first Code or
 * Definition tab opens sooner: the network and a compiler thread do that work while the user reads the
 * pipeline. The first screen (the API list) never asks for them. Returns the cancel for an earlier unmount.
 */
export function prefetchEditorsWhenIdle(): () => void {
  const idle = (globalThis as { requestIdleCallback?: Idle }).requestIdleCallback;
  if (!idle) {
    const timer = setTimeout(prefetchMonaco, 500);
    return () => clearTimeout(timer);
  }
  const handle = idle(prefetchMonaco, { timeout: 2000 });
  return () => (globalThis as { cancelIdleCallback?: (handle: number) => void }).cancelIdleCallback?.(handle);
}

const TAB_MODULES: Record<string, () => Promise<unknown>> = {
  code: loadCodeTab,
  definition: loadDefinitionTab,
};

/** The pointer is on (or focus reached) an editor tab: load its view and Monaco before the click lands. */
export function warmEditorTab(tab: string): void {
  const load = TAB_MODULES[tab];
  if (!load) return;
  // Failures are shown by the tab itself when it opens (and it tries again).
  load().catch(() => undefined);
  loadMonaco().catch(() => undefined);
}
