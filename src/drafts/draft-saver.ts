import { announceDraft } from './draft-channel';
import type { DraftStorage } from './draft-storage';
import type { Draft } from './draft-types';

/**
 * Where this tab's copy stands against the stored one. `saved` is said only once the write has committed;
 * `conflict` means another tab stored (or removed) this draft since this tab last read it, and this tab
 * has changes of its own: nothing is written until the user chooses.
 */
export type SaveStatus =
  | { state: 'saved'; fromAnotherTab?: boolean }
  | { state: 'saving' }
  | { state: 'failed'; reason: string }
  | { state: 'conflict'; theirs: Draft | undefined; common: Draft };

type Idle = (callback: () => void, options?: { timeout: number }) => number;

/**
 * Runs `then` once the page is idle after this change (its frame painted, its measures taken), and within
 * a third of a second whatever happens; at once, next task, where there is no idle callback.
 */
function whenIdle(then: () => void): void {
  const idle = (globalThis as { requestIdleCallback?: Idle }).requestIdleCallback;
  if (idle) idle(then, { timeout: 300 });
  else setTimeout(then, 0);
}

/** Discrete edits are stored at once; typing in a file waits for a pause. */
export const TYPING_SAVE_DELAY_MS = 250;

interface SaverHost {
  current(): Draft;
  setStatus(status: SaveStatus): void;
}

/**
 * Writes one tab's draft with compare-and-set against the revision this tab last read or wrote, one write
 * at a time, and tells the other tabs after each one.
 */
export class DraftSaver {
  private revision: number;
  /** The draft as this tab last stored or read it: the common ancestor when two tabs' changes meet. */
  private stored: Draft;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> | undefined;
  private blocked = false;
  private failed = false;
  /** A write is queued for the end of this task. */
  private soon = false;

  constructor(
    private readonly storage: DraftStorage,
    private readonly host: SaverHost,
    initial: Draft,
  ) {
    this.revision = initial.revision ?? 0;
    this.stored = initial;
  }

  get knownRevision(): number {
    return this.revision;
  }

  get common(): Draft {
    return this.stored;
  }

  /** Changes not written yet (waiting, being written, or held back by a conflict or a failure). */
  get pending(): boolean {
    return this.timer !== undefined || this.soon || this.writing !== undefined || this.blocked || this.host.current() !== this.stored;
  }

  schedule(delayMs: number): void {
    if (this.blocked) return;
    this.failed = false;
    this.host.setStatus({ state: 'saving' });
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (delayMs > 0) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        void this.write();
      }, delayMs);
      return;
    }
    // At once, but after the frame this change is drawn in: copying the draft into storage does not delay
    // the paint of a drop. A page left meanwhile writes it on its way out (onPageLeave).
    if (this.soon) return;
    this.soon = true;
    whenIdle(() => {
      if (!this.soon) return;
      this.soon = false;
      void this.write();
    });
  }

  /** Write now, and wait for every write under way. */
  async flush(): Promise<void> {
    if (this.timer !== undefined || this.soon) {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.soon = false;
      await this.write();
    }
    while (this.writing) await this.writing;
  }

  /** After the user chose in a conflict, or adopted another tab's copy: that copy is now the stored one. */
  settle(stored: Draft | undefined, revision: number): void {
    this.blocked = false;
    this.revision = revision;
    if (stored) this.stored = stored;
  }

  /** Hold writes back (a conflict); `settle` lifts it. */
  block(): void {
    this.blocked = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async write(): Promise<void> {
    // One write at a time: the next starts from the revision the current one produces.
    while (this.writing) await this.writing;
    if (this.blocked || this.failed) return;
    const draft = this.host.current();
    if (draft === this.stored) {
      if (this.timer === undefined) this.host.setStatus({ state: 'saved' });
      return;
    }
    this.writing = this.writeOnce(draft);
    await this.writing;
    this.writing = undefined;
    // Changed while it was being written: write again (a timer, if set, will).
    if (this.timer === undefined && !this.soon) await this.write();
  }

  private async writeOnce(draft: Draft): Promise<void> {
    try {
      const outcome = await this.storage.saveIfRevision(draft, this.revision);
      if (!outcome.ok) {
        this.block();
        this.host.setStatus({ state: 'conflict', theirs: outcome.stored, common: this.stored });
        return;
      }
      this.revision = outcome.revision;
      this.stored = draft;
      announceDraft({ key: draft.key, revision: outcome.revision });
    } catch (error) {
      // Not retried on its own (a full disk stays full): the next change, or the user, tries again.
      this.failed = true;
      this.host.setStatus({ state: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  }
}
