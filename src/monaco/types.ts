import type * as MonacoNamespace from 'monaco-editor/editor/editor.api';

/** The Monaco API as `loadMonaco()` resolves it. Type-only: importing it costs nothing at run time. */
export type Monaco = typeof MonacoNamespace;
export type MonacoCodeEditor = MonacoNamespace.editor.IStandaloneCodeEditor;
export type MonacoDiffEditorInstance = MonacoNamespace.editor.IStandaloneDiffEditor;
export type MonacoModel = MonacoNamespace.editor.ITextModel;

/** A problem to show in the editor's gutter and scrollbar, in 1-based lines and columns. */
export interface EditorMarker {
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  severity: 'error' | 'warning' | 'info';
}

/** A JSON schema for one model, matched by the model's URI (never a global `fileMatch: ['*']`). */
export interface ModelSchema {
  /** An id for the schema (a URI; it is never fetched). */
  schemaUri: string;
  schema: object;
}
