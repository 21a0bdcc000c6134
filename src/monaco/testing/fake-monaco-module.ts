/** A stand-in for `src/monaco/index.ts` in jsdom tests (see FakeMonacoEditor). */
export { FakeMonacoEditor as MonacoEditor } from './FakeMonacoEditor';
export { FakeMonacoEditor as MonacoDiffEditor } from './FakeMonacoEditor';
export const loadMonaco = () => Promise.reject(new Error('Monaco does not run in jsdom'));
export const createDiffEditor = loadMonaco;
