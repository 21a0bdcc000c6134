import type { SourceLanguage } from './language';
import { maskGo } from './mask-go';
import { maskJavaScript } from './mask-js';
import { maskLua } from './mask-lua';
import { maskPython } from './mask-python';

/**
 * The source with every comment and string literal replaced by spaces, same length and same line breaks:
 * what is left is code, so a plain search over it never matches inside a comment or a string.
 */
export function maskSource(language: SourceLanguage, source: string): string {
  switch (language) {
    case 'go':
      return maskGo(source);
    case 'python':
      return maskPython(source);
    case 'javascript':
      return maskJavaScript(source);
    case 'lua':
      return maskLua(source);
  }
}
