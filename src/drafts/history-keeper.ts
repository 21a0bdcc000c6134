import { cutSpine, type Big } from './spine';
import type { DraftSession } from './draft-session';
import type { HistoryEntry } from './draft-types';
import { historyStorage, type HistoryStorage } from './history-store';

/** The undo steps kept across a reload: the newest ones, enough for a working session. */
export const KEPT_STEPS = 30;
const SAVE_DELAY_MS = 1000;

/**
 * Large definitions keep their undo steps in memory only: each step is a whole document, and storing
 * thirty copies of a 50 MB definition would cost more than it saves.
 */
function small(entries: readonly HistoryEntry[]): boolean {
  return entries.every((entry) => {
    const bigs: Big[] = [];
    cutSpine(entry.doc, 'doc', bigs);
    return bigs.length === 0;
  });
}

/** Takes back the steps stored for this draft, when they lead to the state it opened in. */
export async function restoreHistory(session: DraftSession, storage: HistoryStorage = historyStorage()): Promise<void> {
  const { draft } = session.getState();
  const stored = await storage.load(draft.key).catch(() => undefined);
  if (!stored || stored.at !== draft.updatedAt) return;
  session.restoreHistory(stored.past, stored.future);
}

/**
 * Stores the session's undo and redo steps a moment after they change, and at once when asked (the page
 * is going); returns the function that does so now.
 */
export function keepHistory(session: DraftSession, storage: HistoryStorage = historyStorage()): { flush: () => Promise<void>; stop: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = session.getState();
  const write = async () => {
    timer = undefined;
    const { draft, past, future } = session.getState();
    const kept = { at: draft.updatedAt, past: past.slice(-KEPT_STEPS), future: future.slice(-KEPT_STEPS) };
    if (!small([...kept.past, ...kept.future])) return;
    await storage.save(draft.key, kept).catch(() => undefined);
  };
  const stop = session.subscribe(() => {
    const next = session.getState();
    // Only a change of document, files or steps is worth a write; a save status is not.
    if (next.past === last.past && next.future === last.future && next.draft.updatedAt === last.draft.updatedAt) return;
    last = next;
    clearTimeout(timer);
    timer = setTimeout(() => void write(), SAVE_DELAY_MS);
  });
  return {
    flush: () => {
      if (timer === undefined) return Promise.resolve();
      clearTimeout(timer);
      return write();
    },
    stop: () => {
      clearTimeout(timer);
      stop();
    },
  };
}
