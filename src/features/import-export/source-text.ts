import { detectIndent } from '../../domain';

/** How an imported file was written, so that exporting it unedited gives back the same text. */
export interface TextStyle {
  indent: string | number;
  finalNewline: boolean;
}

const STORAGE_KEY = 'plugin-studio:text-style';

function readAll(): Record<string, TextStyle> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, TextStyle>) : {};
  } catch {
    return {};
  }
}

export function textStyleOf(text: string): TextStyle {
  return { indent: detectIndent(text), finalNewline: text.endsWith('\n') };
}

/** Remembers the style of the file a draft was imported from (keyed like drafts). */
export function rememberTextStyle(draftKey: string, text: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...readAll(), [draftKey]: textStyleOf(text) }));
  } catch {
    // Storage full or disabled: exports fall back to two spaces, nothing else depends on it.
  }
}

export function textStyleFor(draftKey: string): TextStyle {
  return readAll()[draftKey] ?? { indent: 2, finalNewline: true };
}

/** Applies a style to serialized JSON (which always ends in one newline). */
export function withFinalNewline(text: string, style: TextStyle): string {
  return style.finalNewline ? text : text.replace(/\n$/, '');
}
