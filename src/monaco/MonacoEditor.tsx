import { useEffect, useLayoutEffect, useRef } from 'react';
import { LoadingState } from '../components/LoadingState';
import { ErrorPanel } from '../components/ErrorPanel';
import { setModelSchema } from './json-schemas';
import { fromMonacoMarkers, toMonacoMarkers } from './markers';
import { useMonacoEditor } from './use-monaco-editor';
import { useModelSync } from './use-model-sync';
import type { EditorMarker, ModelSchema } from './types';

export interface EditorReveal {
  line: number;
  /** Change it to reveal the same line again (a second click on the same function). */
  token: number | string;
}

export interface MonacoEditorProps {
  /** One model per URI: switching files keeps each file's undo history and cursor. */
  modelUri: string;
  value: string;
  /** Monaco language id: json, go, python, javascript, lua, plaintext. */
  language: string;
  onChange?: (value: string) => void;
  /** What a screen reader calls the editor. */
  ariaLabel: string;
  readOnly?: boolean;
  /** Our own markers (missing functions, JSON syntax errors), kept apart from the language's. */
  markers?: readonly EditorMarker[];
  markerOwner?: string;
  /** A JSON schema for this model only. */
  schema?: ModelSchema;
  reveal?: EditorReveal | null;
  /** The markers of other owners (the JSON language's schema findings), each time they change. */
  onMarkers?: (markers: EditorMarker[]) => void;
  height?: string;
}

/** Monaco, loaded on first use, with a visible loading state; the page around it never waits for it. */
export function MonacoEditor(props: MonacoEditorProps) {
  const { modelUri, language, ariaLabel, readOnly = false, markers, markerOwner = 'plugin-studio' } = props;
  const host = useRef<HTMLDivElement>(null);
  const state = useMonacoEditor(host, { ariaLabel, readOnly });
  const ready = state.status === 'ready' ? state : null;
  const onMarkers = useRef(props.onMarkers);
  useLayoutEffect(() => {
    onMarkers.current = props.onMarkers;
  });

  const model = useModelSync(ready, modelUri, language, props.value, props.onChange);

  useEffect(() => {
    ready?.editor.updateOptions({ readOnly, ariaLabel });
  }, [ready, readOnly, ariaLabel]);

  useEffect(() => {
    if (!ready || !model) return;
    const { monaco } = ready.loaded;
    monaco.editor.setModelMarkers(model, markerOwner, toMonacoMarkers(monaco, model, markers ?? []));
  }, [ready, model, markers, markerOwner]);

  const schema = props.schema;
  useEffect(() => {
    if (!ready || !schema) return;
    return setModelSchema(ready.loaded, modelUri, schema);
  }, [ready, modelUri, schema]);

  useEffect(() => {
    if (!ready || !model) return;
    const { monaco } = ready.loaded;
    const report = () =>
      onMarkers.current?.(fromMonacoMarkers(monaco, model, { excludeOwner: markerOwner }));
    const sub = monaco.editor.onDidChangeMarkers((uris) => {
      if (uris.some((uri) => uri.toString() === model.uri.toString())) report();
    });
    report();
    return () => sub.dispose();
  }, [ready, model, markerOwner]);

  const reveal = props.reveal;
  useEffect(() => {
    if (!ready || !model || !reveal) return;
    const line = Math.min(Math.max(1, reveal.line), model.getLineCount());
    ready.editor.revealLineInCenter(line);
    ready.editor.setPosition({ lineNumber: line, column: 1 });
  }, [ready, model, reveal]);

  return (
    <div className="relative rounded border border-slate-200 bg-white" style={{ height: props.height ?? '60vh' }}>
      <div ref={host} className="absolute inset-0" data-testid="monaco-host" />
      {state.status === 'loading' && (
        <div className="absolute inset-0 flex items-start justify-center bg-white/80">
          <LoadingState label="Loading the editor…" />
        </div>
      )}
      {state.status === 'error' && (
        <div className="absolute inset-0 bg-white p-3">
          <ErrorPanel
            title="The editor did not load"
            message={state.error instanceof Error ? state.error.message : 'Loading the editor failed.'}
            advice="Reload the page; if it keeps failing, the app's files on this server may be incomplete."
            onRetry={state.retry}
          />
        </div>
      )}
    </div>
  );
}
