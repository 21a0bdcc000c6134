import type { Monaco } from './types';
import { currentTheme, subscribeTheme } from '../state/theme';

/**
 * Monaco's own themes with the app's colours: the dark one on the app's dark surface, and line numbers (of the
 * editors and the diff) that keep a 4.5:1 contrast on either, which Monaco's defaults fall short of.
 */
export function followAppTheme(monaco: Monaco): void {
  monaco.editor.defineTheme('plugin-studio-light', {
    base: 'vs',
    inherit: true,
    rules: [],
    colors: { 'editorLineNumber.foreground': '#45556c', 'editorLineNumber.activeForeground': '#0f172b' },
  });
  monaco.editor.defineTheme('plugin-studio-dark', {
    base: 'vs-dark',
    inherit: true,
    rules: [],
    colors: {
      'editor.background': '#0f172b',
      'editorGutter.background': '#0f172b',
      'editorLineNumber.foreground': '#90a1b9',
      'editorLineNumber.activeForeground': '#e2e8f0',
    },
  });
  const apply = () => monaco.editor.setTheme(currentTheme() === 'dark' ? 'plugin-studio-dark' : 'plugin-studio-light');
  apply();
  subscribeTheme(apply);
}
