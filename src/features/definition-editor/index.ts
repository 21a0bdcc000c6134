import { lazy } from 'react';
import { loadMonaco } from '../../monaco/load-monaco';

/**
 * The JSON editor of the whole definition; its code and Monaco load when it first renders, side by side
 * (not one after the other) so the editor appears sooner.
 */
export const DefinitionEditorView = lazy(() => {
  // A failure here is shown by the editor itself, which tries again.
  loadMonaco().catch(() => undefined);
  return import('./DefinitionEditorView');
});
