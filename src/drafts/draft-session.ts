import { applyEdit, type EditOptions, type PluginEdit } from '../domain';
import type { JsonObject } from '../domain/json';
import type { DraftStorage } from './draft-storage';
import type { Draft, HistoryEntry, PluginFiles } from './draft-types';

export interface DraftState {
  draft: Draft;
  past: readonly HistoryEntry[];
  future: readonly HistoryEntry[];
}

export type ApplyResult = { ok: true } | { ok: false; reason: string; code: string };

const HISTORY_LIMIT = 200;
const SAVE_DELAY_MS = 250;

/**
 * The one copy of an open definition that every view reads and writes (pipeline, code, JSON, sync).
 * Each change is one undo step holding the state before it; snapshots are cheap because domain edits share
 * structure. Saved to storage shortly after each change, and at once on `flush`.
 */
export class DraftSession {
  private state: DraftState;
  private readonly listeners = new Set<() => void>();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    draft: Draft,
    private readonly storage: DraftStorage,
    private readonly now: () => number = Date.now,
  ) {
    this.state = { draft, past: [], future: [] };
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

  /** Typing in a plugin file: saved, but not an undo step of its own (the editor has its own undo). */
  setFile(path: string, text: string): void {
    const { draft } = this.state;
    if (draft.files[path] === text) return;
    this.update({ ...draft, files: { ...draft.files, [path]: text }, updatedAt: this.now() }, this.state.past, this.state.future);
  }

  /** Adding or removing plugin files together with a definition change is one step. */
  changeFilesAndDoc(label: string, files: PluginFiles, doc?: JsonObject): void {
    this.commit(label, { files, ...(doc ? { doc } : {}) });
  }

  undo(): void {
    const { past, future, draft } = this.state;
    const previous = past[past.length - 1];
    if (!previous) return;
    const redo: HistoryEntry = { label: previous.label, doc: draft.doc, files: draft.files };
    this.update({ ...draft, doc: previous.doc, files: previous.files, updatedAt: this.now() }, past.slice(0, -1), [
      ...future,
      redo,
    ]);
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

  /** Save now (before the page goes away). */
  async flush(): Promise<void> {
    if (this.saveTimer === undefined) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    await this.storage.save(this.state.draft);
  }

  private commit(label: string, change: { doc?: JsonObject; files?: PluginFiles }): void {
    const { draft, past } = this.state;
    const entry: HistoryEntry = { label, doc: draft.doc, files: draft.files };
    const next: Draft = { ...draft, ...change, updatedAt: this.now() };
    // A new step clears redo, as in every editor: the redone future no longer follows from here.
    this.update(next, [...past, entry].slice(-HISTORY_LIMIT), []);
  }

  private update(draft: Draft, past: readonly HistoryEntry[], future: readonly HistoryEntry[]): void {
    this.state = { draft, past, future };
    this.scheduleSave();
    for (const listener of this.listeners) listener();
  }

  private scheduleSave(): void {
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      void this.storage.save(this.state.draft);
    }, SAVE_DELAY_MS);
  }
}
