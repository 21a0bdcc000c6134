/**
 * The app's one Monaco: everything here is light; Monaco itself (and its workers) loads on the first
 * `loadMonaco()` call, in chunks of its own, from this origin.
 */
export { loadMonaco, type LoadedMonaco } from './load-monaco';
export { MonacoEditor, type MonacoEditorProps, type EditorReveal } from './MonacoEditor';
export { MonacoDiffEditor, type MonacoDiffEditorProps } from './MonacoDiffEditor';
export { createDiffEditor, type DiffEditorHandle, type DiffEditorOptions } from './create-diff-editor';
export type { EditorMarker, ModelSchema, Monaco, MonacoCodeEditor, MonacoModel } from './types';
