import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { LoadedMonaco } from './load-monaco';
import type { MonacoCodeEditor, MonacoModel } from './types';

const RECENT_LIMIT = 50;

/**
 * Keeps the editor's model for `modelUri` and the `value` prop in step without fighting the user: a value
 * the editor itself emitted (possibly stale, when the parent saves with a delay) is never written back;
 * any other value (undo in the workspace, another view's edit) replaces the text, keeping the cursor.
 */
export function useModelSync(
  ready: { loaded: LoadedMonaco; editor: MonacoCodeEditor } | null,
  modelUri: string,
  language: string,
  value: string,
  onChange: ((value: string) => void) | undefined,
): MonacoModel | null {
  const [model, setModel] = useState<MonacoModel | null>(null);
  const emitted = useRef<string[]>([]);
  const applying = useRef(false);
  const valueRef = useRef(value);
  const onChangeRef = useRef(onChange);
  useLayoutEffect(() => {
    valueRef.current = value;
    onChangeRef.current = onChange;
  });

  // Models this editor created; disposed with it (the gateway's copy lives in the draft, not here).
  const owned = useRef(new Map<string, MonacoModel>());
  useEffect(() => {
    const models = owned.current;
    return () => {
      for (const m of models.values()) m.dispose();
      models.clear();
    };
  }, [ready]);

  useEffect(() => {
    if (!ready) return;
    const { monaco } = ready.loaded;
    const uri = monaco.Uri.parse(modelUri);
    let next = monaco.editor.getModel(uri);
    if (!next) {
      next = monaco.editor.createModel(valueRef.current, language, uri);
      owned.current.set(modelUri, next);
    } else {
      if (next.getLanguageId() !== language) monaco.editor.setModelLanguage(next, language);
      if (next.getValue() !== valueRef.current) replaceText(ready.editor, next, valueRef.current, applying);
    }
    emitted.current = [];
    ready.editor.setModel(next);
    const current = next;
    const sub = current.onDidChangeContent(() => {
      if (applying.current) return;
      const text = current.getValue();
      emitted.current.push(text);
      if (emitted.current.length > RECENT_LIMIT) emitted.current.shift();
      onChangeRef.current?.(text);
    });
    // Publishing the model lets the marker and reveal effects run against it.
    queueMicrotask(() => setModel(current));
    return () => sub.dispose();
  }, [ready, modelUri, language]);

  useEffect(() => {
    if (!ready || !model || model.isDisposed()) return;
    if (model.getValue() === value || emitted.current.includes(value)) return;
    emitted.current = [];
    replaceText(ready.editor, model, value, applying);
  }, [ready, model, value]);

  return model && !model.isDisposed() ? model : null;
}

/** Replaces the whole text as one edit (so Ctrl+Z in the editor can take it back), keeping the cursor. */
function replaceText(
  editor: MonacoCodeEditor,
  model: MonacoModel,
  text: string,
  applying: { current: boolean },
): void {
  const selections = editor.getModel() === model ? editor.getSelections() : null;
  applying.current = true;
  try {
    model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
  } finally {
    applying.current = false;
  }
  if (selections) editor.setSelections(selections);
}
