import type { JsonObject } from '../../domain/json';
import type { GatewayApi } from '../../gateway/client';
import type { MergeResult } from './three-way-merge';

/** Where the review-and-push dialog stands. Each step says what the user sees next. */
export type PushStep =
  | { step: 'checking' }
  /** The diff of the gateway's copy (null: the gateway has none, a push creates it) against the draft. */
  | { step: 'review'; theirs: GatewayApi | null; merge?: MergeResult; overwriting?: boolean }
  | { step: 'pushing'; theirs: GatewayApi | null }
  /** The gateway's copy changed since the draft's base. */
  | { step: 'conflict'; base: JsonObject; theirs: GatewayApi }
  /** The API is gone from the gateway though the draft started from it. */
  | { step: 'missing' }
  | { step: 'pushed'; action: string }
  | { step: 'reloading'; group: boolean }
  | { step: 'reloaded'; group: boolean }
  | { step: 'confirm-delete' }
  | { step: 'deleting' }
  | { step: 'error'; title: string; error: unknown; retry: () => void };

export type PushStepName = PushStep['step'];

/** The steps during which a request is under way (and can be cancelled). */
export function isBusy(step: PushStep): boolean {
  return step.step === 'checking' || step.step === 'pushing' || step.step === 'reloading' || step.step === 'deleting';
}
