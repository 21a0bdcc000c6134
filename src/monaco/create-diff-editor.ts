import { loadMonaco } from './load-monaco';
import type { MonacoDiffEditorInstance } from './types';

export interface DiffEditorOptions {
  original: string;
  modified: string;
  /** Monaco language id (json for definitions). */
  language: string;
  ariaLabel?: string;
  /** Each side's name for screen readers (its text box is unnamed without one). */
  originalAriaLabel?: string;
  modifiedAriaLabel?: string;
  /** Side by side (default) or inline. */
  sideBySide?: boolean;
  /** Let the user edit the modified side (default false). */
  editable?: boolean;
}

export interface DiffEditorHandle {
  editor: MonacoDiffEditorInstance;
  /** Shows new texts (the gateway's copy moved, the draft changed). */
  setTexts(original: string, modified: string): void;
  /** The modified side's text (when editable). */
  getModified(): string;
  dispose(): void;
}

/**
 * A Monaco diff editor in `container`, loading Monaco on first use. Throw-away models: each call owns its
 * two models and `dispose()` frees them with the editor.
 */
export async function createDiffEditor(container: HTMLElement, options: DiffEditorOptions): Promise<DiffEditorHandle> {
  const { monaco } = await loadMonaco();
  const original = monaco.editor.createModel(options.original, options.language);
  const modified = monaco.editor.createModel(options.modified, options.language);
  const editor = monaco.editor.createDiffEditor(container, {
    automaticLayout: true,
    readOnly: !options.editable,
    originalEditable: false,
    renderSideBySide: options.sideBySide ?? true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fontSize: 13,
    ...(options.ariaLabel ? { ariaLabel: options.ariaLabel } : {}),

  });
  editor.setModel({ original, modified });
  // Each side is a text box of its own, unnamed unless told: the diff editor's originalAriaLabel and
  // modifiedAriaLabel are dropped by its first options pass (Monaco 0.57), so the names go to the sides.
  editor.getOriginalEditor().updateOptions({ ariaLabel: options.originalAriaLabel ?? 'Original' });
  editor.getModifiedEditor().updateOptions({ ariaLabel: options.modifiedAriaLabel ?? 'Changed' });
  return {
    editor,
    setTexts(nextOriginal, nextModified) {
      if (original.getValue() !== nextOriginal) original.setValue(nextOriginal);
      if (modified.getValue() !== nextModified) modified.setValue(nextModified);
    },
    getModified: () => modified.getValue(),
    dispose() {
      editor.dispose();
      original.dispose();
      modified.dispose();
    },
  };
}
