import { useEffect, useRef, useState, type RefObject } from 'react';
import { loadMonaco, type LoadedMonaco } from './load-monaco';
import type { MonacoCodeEditor } from './types';
import type * as MonacoNamespace from 'monaco-editor/editor/editor.api';

export type EditorOptions = MonacoNamespace.editor.IStandaloneEditorConstructionOptions;

export type MonacoEditorState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown; retry: () => void }
  | { status: 'ready'; loaded: LoadedMonaco; editor: MonacoCodeEditor };

/** Loads Monaco (once per page) and creates a code editor in `host`; disposes it with the component. */
export function useMonacoEditor(host: RefObject<HTMLDivElement | null>, options: EditorOptions): MonacoEditorState {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<MonacoEditorState>({ status: 'loading' });
  // The editor is created once; later option changes are applied by the caller through editor.updateOptions.
  const optionsRef = useRef(options);

  useEffect(() => {
    let disposed = false;
    let editor: MonacoCodeEditor | undefined;
    loadMonaco().then(
      (loaded) => {
        if (disposed || !host.current) return;
        editor = loaded.monaco.editor.create(host.current, {
          automaticLayout: true,
          minimap: { enabled: false },
          scrollBeyondLastLine: false,
          fontSize: 13,
          tabSize: 2,
          fixedOverflowWidgets: true,
          ...optionsRef.current,
          model: null,
        });
        setState({ status: 'ready', loaded, editor });
      },
      (error: unknown) => {
        if (disposed) return;
        setState({ status: 'error', error, retry: () => setAttempt((n) => n + 1) });
      },
    );
    return () => {
      disposed = true;
      editor?.dispose();
    };
  }, [host, attempt]);

  return state;
}
