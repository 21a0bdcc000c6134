import { prefetchMonaco } from '../../monaco/load-monaco';
import { loadCodeTab, loadDefinitionTab, prefetchEditorTabs } from './editor-tabs';

type Idle = (callback: () => void, options?: { timeout: number }) => number;

/** What the workspace does while idle: the editor tabs' code, and Monaco's files fetched without running them. */
function prefetchEditors(): void {
  prefetchEditorTabs();
  prefetchMonaco();
}

/**
 * Once an opened API's workspace is idle, fetch the editors' files, so the first Code or Definition tab opens
 * sooner: the network and a compiler thread do that work while the user reads the pipeline. The first screen
 * (the API list) never asks for them. Returns the cancel for an earlier unmount.
 */
export function prefetchEditorsWhenIdle(): () => void {
  const idle = (globalThis as { requestIdleCallback?: Idle }).requestIdleCallback;
  if (!idle) {
    const timer = setTimeout(prefetchEditors, 500);
    return () => clearTimeout(timer);
  }
  const handle = idle(prefetchEditors, { timeout: 2000 });
  return () => (globalThis as { cancelIdleCallback?: (handle: number) => void }).cancelIdleCallback?.(handle);
}

const TAB_MODULES: Record<string, () => Promise<unknown>> = {
  code: loadCodeTab,
  definition: loadDefinitionTab,
};

/** The pointer is on (or focus reached) an editor tab: load its view and Monaco before the click lands. */
export function warmEditorTab(tab: string): void {
  // Failures are shown by the tab itself when it opens (and it tries again).
  TAB_MODULES[tab]?.().catch(() => undefined);
}
