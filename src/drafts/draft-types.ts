import { jsonEqual, type JsonObject } from '../domain/json';
import type { DefinitionFormat } from '../domain/pipeline/model';

/** Plugin source files of one API: path (as the definition names it) to text. */
export type PluginFiles = Readonly<Record<string, string>>;

/**
 * The user's working copy of one API, kept apart from the gateway's copy until pushed. Persisted, so a
 * reload, a closed tab or a lost network loses nothing.
 */
export interface Draft {
  /** `<gateway>::<api id>`: a draft belongs to one API on one gateway. */
  key: string;
  gateway: string;
  apiId: string;
  format: DefinitionFormat;
  /** The gateway's copy as it was when the user started editing: the base of the diff and of conflicts. */
  base: JsonObject | null;
  doc: JsonObject;
  files: PluginFiles;
  /** Epoch ms of the last change. */
  updatedAt: number;
  /**
   * How many times this draft was stored (set by the storage on each write; absent before the first). Two
   * tabs compare it to tell whether the other one saved since they last read.
   */
  revision?: number;
}

/** One undoable step: the state before it, and what the user did. */
export interface HistoryEntry {
  label: string;
  doc: JsonObject;
  files: PluginFiles;
}

export function draftKey(gateway: string, apiId: string): string {
  return `${gateway}::${apiId}`;
}

/**
 * The definition differs from the gateway's copy: there is something to push. Plugin files live only
 * here (the gateway never holds them), so they do not make a draft dirty.
 */
export function isDirty(draft: Pick<Draft, 'base' | 'doc'>): boolean {
  return draft.base === null || !jsonEqual(draft.base, draft.doc, { keyOrder: true });
}
