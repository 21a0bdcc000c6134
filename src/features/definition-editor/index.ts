import { preloadable } from '../../components/preloadable';
import { loadMonaco } from '../../monaco/load-monaco';

/**
 * The JSON editor of the whole definition; its code and Monaco load side by side (not one after the other)
 * when it first renders or is preloaded, so the editor appears sooner.
 */
const view = preloadable(() => {
  // A failure here is shown by the editor itself, which tries again.
  loadMonaco().catch(() => undefined);
  return import('./DefinitionEditorView');
});

export const DefinitionEditorView = view.Component;
export const preloadDefinitionEditor = view.preload;
