import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { serializeDefinition } from '../../domain';
import type { JsonObject } from '../../domain/json';
import type { DraftSession } from '../../drafts/draft-session';
import { useDraftState } from '../../drafts/use-draft';
import { onPageLeave } from '../../drafts/page-leave';
import { checkDefinitionText, sameJson, type DefinitionTextCheck } from './definition-text';
import { clearPendingText, loadPendingText, savePendingText } from './pending-text';

export const EDIT_JSON_LABEL = 'Edit JSON';
const DEFAULT_DELAY_MS = 400;

export interface DefinitionText {
  text: string;
  setText: (text: string) => void;
  check: DefinitionTextCheck;
  /** The text was restored from this tab's storage (it did not parse when the user left). */
  restored: boolean;
}

/**
 * The JSON editor's text against the draft. Text that parses replaces the definition (after a short pause,
 * only when it differs: one undo step per pause); text that does not parse never does, and is kept.
 * A change from elsewhere (undo, the pipeline) replaces the text unless the text does not parse.
 */
export function useDefinitionText(session: DraftSession, delayMs = DEFAULT_DELAY_MS): DefinitionText {
  const { draft } = useDraftState(session);
  const { key, format, doc } = draft;
  const [initial] = useState(() => {
    const pending = loadPendingText(key);
    return pending === undefined ? { text: serializeDefinition(doc), restored: false } : { text: pending, restored: true };
  });
  const [text, setText] = useState(initial.text);
  const [syncedDoc, setSyncedDoc] = useState(doc);
  const check = useMemo(() => checkDefinitionText(text, format), [text, format]);

  // The definition changed: from our own push (the text already says it) or from elsewhere.
  if (doc !== syncedDoc) {
    setSyncedDoc(doc);
    if (check.ok && !sameJson(check.doc, doc)) setText(serializeDefinition(doc));
  }

  useEffect(() => {
    if (!check.ok) {
      savePendingText(key, text);
      return;
    }
    clearPendingText(key);
    const timer = setTimeout(() => push(session, check.doc), delayMs);
    return () => clearTimeout(timer);
  }, [check, text, key, session, delayMs]);

  // Leaving the tab within the pause must not lose the last keystrokes.
  const latest = useRef(check);
  useLayoutEffect(() => {
    latest.current = check;
  });
  useEffect(() => {
    const pushLatest = () => {
      const last = latest.current;
      if (last.ok) push(session, last.doc);
    };
    // A reload or a closed tab within the pause: the text goes into the draft, and the draft is stored.
    const stopListening = onPageLeave(() => {
      pushLatest();
      void session.flush();
    });
    return () => {
      stopListening();
      pushLatest();
    };
  }, [session]);

  return { text, setText, check, restored: initial.restored };
}

function push(session: DraftSession, doc: JsonObject): void {
  if (!sameJson(doc, session.getState().draft.doc)) session.replaceDoc(doc, EDIT_JSON_LABEL);
}
