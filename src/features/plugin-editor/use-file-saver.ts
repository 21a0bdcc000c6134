import { useCallback, useEffect, useRef } from 'react';
import type { DraftSession } from '../../drafts/draft-session';
import { onPageLeave } from '../../drafts/page-leave';

const DEFAULT_DELAY_MS = 300;

/**
 * Typing saves the file into the draft after a short pause (setFile is not an undo step; the editor keeps
 * its own undo). `flush` saves at once: before switching files, when the view closes, and when the page goes.
 */
export function useFileSaver(session: DraftSession, delayMs = DEFAULT_DELAY_MS) {
  const pending = useRef(new Map<string, string>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(() => {
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = undefined;
    const entries = [...pending.current];
    pending.current.clear();
    for (const [path, text] of entries) session.setFile(path, text);
  }, [session]);

  const save = useCallback(
    (path: string, text: string) => {
      pending.current.set(path, text);
      if (timer.current !== undefined) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [flush, delayMs],
  );

  useEffect(() => flush, [flush]);
  // A reload or a closed tab inside the pause: what was typed goes into the draft, and the draft is stored.
  useEffect(
    () =>
      onPageLeave(() => {
        flush();
        void session.flush();
      }),
    [flush, session],
  );
  return { save, flush };
}
