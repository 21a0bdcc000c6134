import type { JsonObject, JsonPath } from '../../domain/json';
import type { GatewayApi } from '../../gateway/client';
import type { NodeReport } from '../../gateway/cluster';
import type { ReloadTarget } from '../../state/reload-target';
import type { MergeResult } from './three-way-merge';

export type { ReloadTarget };

/** Where the review-and-push dialog stands. Each step says what the user sees next. */
export type PushStep =
  | { step: 'checking' }
  /** The diff of the gateway's copy (null: the gateway has none, a push creates it) against the draft. */
  | { step: 'review'; theirs: GatewayApi | null; merge?: MergeResult; overwriting?: boolean }
  /** The write (PUT, or POST for a new API). */
  | { step: 'pushing'; theirs: GatewayApi | null }
  /** The hot reload that makes the gateway serve what was written. */
  | { step: 'reloading'; target: ReloadTarget }
  /** Reading back what the gateway serves after the reload. */
  | { step: 'reading' }
  /** The gateway's copy changed since the draft's base. */
  | { step: 'conflict'; base: JsonObject; theirs: GatewayApi }
  /** The API is gone from the gateway though the draft started from it. */
  | { step: 'missing' }
  /**
   * The gateway serves the push. `changedOnLoad`: where what it serves differs in meaning from what was sent
   * (a renamed listen path, fields it drops); `afterTimeout`: the write's answer was lost, the re-read
   * showed it landed.
   */
  | { step: 'pushed'; action: 'added' | 'modified'; target: ReloadTarget; changedOnLoad: JsonPath[]; afterTimeout: boolean; nodes?: ClusterOutcome }
  | { step: 'confirm-delete' }
  | { step: 'deleting' }
  | { step: 'deleted'; target: ReloadTarget }
  | { step: 'error'; title: string; error: unknown; retry: () => void; note?: string };

/** A cluster push: each node's write and what it serves after the group reload, and a retry of the ones that failed. */
export interface ClusterOutcome {
  reports: NodeReport[];
  retry: () => void;
}

export type PushStepName = PushStep['step'];

/** The steps during which a request is under way (and can be cancelled). */
export function isBusy(step: PushStep): boolean {
  return ['checking', 'pushing', 'reloading', 'reading', 'deleting'].includes(step.step);
}
