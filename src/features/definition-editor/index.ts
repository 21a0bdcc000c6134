import { preloadable } from '../../components/preloadable';

/**
 * The JSON editor of the whole definition. Its route starts Monaco beside this code
 * (src/features/workspace/editor-tabs.ts), and the view asks for Monaco itself when it renders.
 */
const view = preloadable(() => import('./DefinitionEditorView'));

export const DefinitionEditorView = view.Component;
export const preloadDefinitionEditor = view.preload;

export { unparsedDefinitionProblem } from './unparsed';
export type { JsonProblem } from './definition-text';
