/**
 * Text in the JSON editor that does not parse yet lives only here and in the editor: it must survive a
 * tab switch or a reload of this tab, but it never becomes the definition. Per API, per browser tab.
 */
const PREFIX = 'plugin-studio:unparsed-definition:';

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

export function loadPendingText(draftKey: string): string | undefined {
  try {
    return storage()?.getItem(PREFIX + draftKey) ?? undefined;
  } catch {
    return undefined;
  }
}

export function savePendingText(draftKey: string, text: string): void {
  try {
    storage()?.setItem(PREFIX + draftKey, text);
  } catch {
    // Storage full or blocked: the text stays in the editor for this visit.
  }
}

export function clearPendingText(draftKey: string): void {
  try {
    storage()?.removeItem(PREFIX + draftKey);
  } catch {
    // Nothing to clear.
  }
}
