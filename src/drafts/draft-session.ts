import { applyEdit, type EditOptions, type PluginEdit } from '../domain';
import type { JsonObject } from '../domain/json';
import { DraftSaver, TYPING_SAVE_DELAY_MS, type SaveStatus } from './draft-saver';
import { revisionOf, type DraftStorage } from './draft-storage';
import type { Draft, HistoryEntry, PluginFiles } from './draft-types';

export type { SaveStatus } from './draft-saver';

export interface DraftState {
  draft: Draft;
  past: readonly HistoryEntry[];
  future: readonly HistoryEntry[];
  save: SaveStatus;
}

export type ApplyResult = { ok: true } | { ok: false; reason: string; code: string };

/** What the user kept when another tab's changes met this tab's. */
export type ConflictChoice = 'mine' | 'theirs' | { merged: { doc: JsonObject; files: PluginFiles } };

const HISTORY_LIMIT = 200;

/**
 * The one copy of an open definition that every view reads and writes (pipeline, code, JSON, sync).
 * Each change is one undo step holding the state before it; snapshots are cheap because domain edits share
 * structure. Stored at once after each change (typing after a pause), never over another tab's newer copy.
 */
export class DraftSession {
  private state: DraftState;
  private readonly listeners = new Set<() => void>();
  private readonly saver: DraftSaver;

  constructor(
    draft: Draft,
    private readonly storage: DraftStorage,
    private readonly now: () => number = Date.now,
  ) {
    this.state = { draft, past: [], future: [], save: { state: 'saved' } };
    this.saver = new DraftSaver(storage, { current: () => this.state.draft, setStatus: (save) => this.setSave(save) }, draft);
  }

  getState = (): DraftState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** A plugin edit through the domain; a refusal changes nothing and says why. `options`: the gateway's build. */
  apply(edit: PluginEdit, label: string, options?: EditOptions): ApplyResult {
    const { draft } = this.state;
    const result = applyEdit(draft.doc, draft.format, edit, options);
    if (!result.ok) return { ok: false, reason: result.reason, code: result.code };
    this.commit(label, { doc: result.doc });
    return { ok: true };
  }

  /** A whole new definition (the JSON editor, an import into this API). */
  replaceDoc(doc: JsonObject, label: string): void {
    if (doc === this.state.draft.doc) return;
    this.commit(label, { doc });
  }

  /** Typing in a plugin file: saved after a pause, but not an undo step of its own (the editor has its own undo). */
  setFile(path: string, text: string): void {
    const { draft } = this.state;
    if (draft.files[path] === text) return;
    this.update({ ...draft, files: { ...draft.files, [path]: text }, updatedAt: this.now() }, this.state.past, this.state.future, TYPING_SAVE_DELAY_MS);
  }

  /** Adding or removing plugin files together with a definition change is one step. */
  changeFilesAndDoc(label: string, files: PluginFiles, doc?: JsonObject): void {
    this.commit(label, { files, ...(doc ? { doc } : {}) });
  }

  /** Undo and redo steps kept from an earlier visit (a reload): they lead to the state the session opened in. */
  restoreHistory(past: readonly HistoryEntry[], future: readonly HistoryEntry[]): void {
    if (this.state.past.length > 0 || this.state.future.length > 0) return;
    this.state = { ...this.state, past, future };
    for (const listener of this.listeners) listener();
  }

  undo(): void {
    const { past, future, draft } = this.state;
    const previous = past[past.length - 1];
    if (!previous) return;
    const redo: HistoryEntry = { label: previous.label, doc: draft.doc, files: draft.files };
    this.update({ ...draft, doc: previous.doc, files: previous.files, updatedAt: this.now() }, past.slice(0, -1), [...future, redo]);
  }

  redo(): void {
    const { past, future, draft } = this.state;
    const next = future[future.length - 1];
    if (!next) return;
    const undo: HistoryEntry = { label: next.label, doc: draft.doc, files: draft.files };
    this.update({ ...draft, doc: next.doc, files: next.files, updatedAt: this.now() }, [...past, undo], future.slice(0, -1));
  }

  /**
   * After a push or a deliberate reload: the gateway's copy is the new base (null: the gateway no longer
   * has the API, so the next push creates it). Not an undo step: the document the user sees is unchanged
   * unless `doc` is given (edits re-applied onto their copy).
   */
  rebase(base: JsonObject | null, doc: JsonObject = this.state.draft.doc): void {
    this.update({ ...this.state.draft, base, doc, updatedAt: this.now() }, this.state.past, this.state.future);
  }

  /** Throw the edits away: back to the gateway's copy (files are kept: the gateway never had them). */
  discard(): void {
    const { draft } = this.state;
    if (!draft.base) return;
    this.commit('Discard changes', { doc: draft.base });
  }

  /** Store now, and wait until it is stored (before a push, or the page goes away). */
  flush(): Promise<void> {
    return this.saver.flush();
  }

  /** Try a failed save again. */
  retrySave(): void {
    this.saver.schedule(0);
  }

  /**
   * Another tab stored this draft (revision) or removed it (0). With no unsaved change here, its copy is
   * taken at once, as an undo step; otherwise the user is asked (`save.state === 'conflict'`).
   */
  async storedElsewhere(revision: number): Promise<void> {
    if (revision === this.saver.knownRevision) return;
    const theirs = revision === 0 ? undefined : await this.storage.load(this.state.draft.key);
    if (revisionOf(theirs) === this.saver.knownRevision) return;
    if (theirs && !this.saver.pending) {
      this.saver.settle(theirs, revisionOf(theirs));
      this.commit('Changes from another tab', { doc: theirs.doc, files: theirs.files, base: theirs.base }, theirs);
      this.setSave({ state: 'saved', fromAnotherTab: true });
      return;
    }
    this.saver.block();
    this.setSave({ state: 'conflict', theirs, common: this.saver.common });
  }

  /** The user's choice in a conflict: keep this tab's copy (stored over theirs), take theirs, or a merge. */
  resolveConflict(choice: ConflictChoice): void {
    const { save, draft } = this.state;
    if (save.state !== 'conflict') return;
    const { theirs } = save;
    this.saver.settle(theirs, revisionOf(theirs));
    if (choice === 'mine') {
      this.saver.schedule(0);
    } else if (choice === 'theirs') {
      const taken = theirs ?? { ...draft, doc: draft.base ?? draft.doc, files: {} };
      this.commit("Take the other tab's version", { doc: taken.doc, files: taken.files, base: taken.base }, theirs);
      this.setSave({ state: 'saved' });
    } else {
      this.commit("Merge with the other tab's changes", { ...choice.merged, ...(theirs ? { base: theirs.base } : {}) });
    }
  }

  private commit(label: string, change: Partial<Pick<Draft, 'doc' | 'files' | 'base'>>, stored?: Draft): void {
    const { draft, past } = this.state;
    const entry: HistoryEntry = { label, doc: draft.doc, files: draft.files };
    // Taking a stored copy as it is: the very object the saver holds, so there is nothing to write.
    const next: Draft = stored ?? { ...draft, ...change, updatedAt: this.now() };
    // A new step clears redo, as in every editor: the redone future no longer follows from here.
    this.update(next, [...past, entry].slice(-HISTORY_LIMIT), [], stored ? null : 0);
  }

  /** `saveDelayMs` null: the new state is a stored copy already. */
  private update(draft: Draft, past: readonly HistoryEntry[], future: readonly HistoryEntry[], saveDelayMs: number | null = 0): void {
    this.state = { ...this.state, draft, past, future };
    if (saveDelayMs !== null) this.saver.schedule(saveDelayMs);
    this.emit();
  }

  private setSave(save: SaveStatus): void {
    this.state = { ...this.state, save };
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
