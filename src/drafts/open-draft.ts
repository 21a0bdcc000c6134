import type { JsonObject } from '../domain/json';
import type { DefinitionFormat } from '../domain/pipeline/model';
import { DraftSession } from './draft-session';
import { announceDraft, onDraftElsewhere } from './draft-channel';
import { onPageLeave } from './page-leave';
import { draftStorage, revisionOf, type DraftStorage } from './draft-storage';
import { draftKey, isDirty, type Draft } from './draft-types';
import { keepHistory, restoreHistory } from './history-keeper';
import { historyStorage } from './history-store';

export interface OpenedApi {
  id: string;
  format: DefinitionFormat;
  doc: JsonObject;
}

const sessions = new Map<string, Promise<DraftSession>>();
/** The sessions opened so far, for the synchronous question a leaving page asks. */
const opened_ = new Set<DraftSession>();
/** Each open session's undo steps, stored as they change (and at once when the page goes). */
const keepers = new Map<string, ReturnType<typeof keepHistory>>();

/**
 * The session for one API, shared by every view of it. A saved draft with edits wins over the gateway's
 * copy (the user's work is never dropped); a saved draft without edits yields to the gateway's current
 * copy but keeps its plugin files.
 */
export function openDraftSession(
  api: OpenedApi,
  gateway: string,
  storage: DraftStorage = draftStorage(),
): Promise<DraftSession> {
  const key = draftKey(gateway, api.id);
  let session = sessions.get(key);
  if (!session) {
    session = restore(api, gateway, key, storage).then(async (draft) => {
      const opened = new DraftSession(draft, storage);
      // Undo survives a reload: the steps stored with this very state come back.
      if (isDirty(draft)) await restoreHistory(opened);
      keepers.set(key, keepHistory(opened));
      opened_.add(opened);
      return opened;
    });
    sessions.set(key, session);
  }
  return session;
}

async function restore(api: OpenedApi, gateway: string, key: string, storage: DraftStorage): Promise<Draft> {
  const saved = await storage.load(key).catch(() => undefined);
  if (saved && isDirty(saved)) return saved;
  return {
    key,
    gateway,
    apiId: api.id,
    format: api.format,
    base: api.doc,
    doc: api.doc,
    files: saved?.files ?? {},
    updatedAt: saved?.updatedAt ?? 0,
    // The stored copy's revision all the same: this tab's first save must not overwrite a newer one.
    revision: revisionOf(saved),
  };
}

/** Saves every open session now, and its undo steps; called when the page is hidden or closed. */
export async function flushAllSessions(): Promise<void> {
  await Promise.all([
    ...[...sessions.values()].map(async (session) => (await session).flush()),
    ...[...keepers.values()].map((keeper) => keeper.flush()),
  ]);
}

/**
 * Throw a saved draft away, on the user's request: an open session of it is saved first (so no pending
 * save brings it back), then forgotten, then the stored draft removed.
 */
export async function discardDraft(key: string, storage: DraftStorage = draftStorage()): Promise<void> {
  const open = sessions.get(key);
  if (open) await (await open.catch(() => undefined))?.flush();
  sessions.delete(key);
  keepers.get(key)?.stop();
  keepers.delete(key);
  await storage.remove(key);
  await historyStorage()
    .remove(key)
    .catch(() => undefined);
  announceDraft({ key, revision: 0 });
}

/** Save a draft as it stands (e.g. after creating its API on the gateway from the drafts list). */
export async function saveDraft(draft: Draft, storage: DraftStorage = draftStorage()): Promise<void> {
  const open = await sessions.get(draft.key)?.catch(() => undefined);
  if (open) {
    // The open session is the one copy: change it, so its next save does not undo this one.
    open.rebase(draft.base, draft.doc);
    await open.flush();
    return;
  }
  announceDraft({ key: draft.key, revision: await storage.save(draft) });
}

/** For tests, and after "discard draft": forget the in-memory sessions. */
export function forgetSessions(key?: string): void {
  for (const [kept, keeper] of keepers) {
    if (key && kept !== key) continue;
    keeper.stop();
    keepers.delete(kept);
  }
  if (key) sessions.delete(key);
  else {
    sessions.clear();
    opened_.clear();
  }
}

/**
 * Whether an open draft holds work that is not stored and will not be on its way out: its last write failed,
 * or another tab's copy is waiting for the user's choice. (A write merely under way is committed as the page
 * goes.)
 */
export function unsavedWork(): boolean {
  return [...opened_].some((session) => {
    const { save } = session.getState();
    return save.state === 'failed' || save.state === 'conflict';
  });
}

if (typeof window !== 'undefined') {
  // Leaving would lose work that could not be stored: the browser asks the user to stay.
  window.addEventListener('beforeunload', (event) => {
    if (!unsavedWork()) return;
    event.preventDefault();
    event.returnValue = '';
  });
  // Changes are stored as they happen; this catches typing still inside its pause.
  onPageLeave(() => void flushAllSessions());
  window.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void flushAllSessions();
  });
  // Another tab stored or removed a draft this tab has open: the session takes it, or asks.
  onDraftElsewhere((news) => void sessions.get(news.key)?.then((session) => session.storedElsewhere(news.revision), () => undefined));
}

/**
 * A definition that is not on the gateway yet (imported, or new): saved as a draft with no base, so it
 * opens like any other API and "push" creates it.
 */
export async function saveLocalDraft(
  api: OpenedApi,
  gateway: string,
  storage: DraftStorage = draftStorage(),
): Promise<void> {
  const key = draftKey(gateway, api.id);
  forgetSessions(key);
  const revision = await storage.save({ key, gateway, apiId: api.id, format: api.format, base: null, doc: api.doc, files: {}, updatedAt: Date.now() });
  announceDraft({ key, revision });
}

/** The saved draft of an API, if any (for APIs the gateway does not have). */
export async function loadSavedDraft(
  gateway: string,
  apiId: string,
  storage: DraftStorage = draftStorage(),
): Promise<Draft | undefined> {
  return storage.load(draftKey(gateway, apiId)).catch(() => undefined);
}
