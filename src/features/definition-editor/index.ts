import { lazy } from 'react';

/** The JSON editor of the whole definition; its code and Monaco load when it first renders. */
export const DefinitionEditorView = lazy(() => import('./DefinitionEditorView'));
