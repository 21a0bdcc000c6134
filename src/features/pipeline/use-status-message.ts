import { useEffect, useState } from 'react';
import type { JsonObject } from '../../domain/json';
import type { DraftSession } from '../../drafts/draft-session';
import type { PipelineMessage } from './use-pipeline-actions';

/** What undo or redo did to the status region, and after which message. */
interface HistoryStep {
  afterSeq: number;
  shown: PipelineMessage | null;
}

/**
 * The message the status region shows: the last one while the draft is as its action left it. Undo and redo are
 * steps of their own: undo clears it, redo brings back what the redone edit said (not a refusal made since).
 */
export function useStatusMessage(session: DraftSession, latest: PipelineMessage | null, doc: JsonObject): PipelineMessage | null {
  const [said] = useState(() => new WeakMap<JsonObject, PipelineMessage>());
  const [step, setStep] = useState<HistoryStep | null>(null);
  if (latest?.edit) said.set(latest.doc, latest);

  useEffect(() => {
    let before = session.getState();
    return session.subscribe(() => {
      const now = session.getState();
      const current = now.draft.doc;
      if (current !== before.draft.doc) {
        const undone = before.past[before.past.length - 1]?.doc === current;
        const redone = before.future[before.future.length - 1]?.doc === current;
        if (undone || redone) setStep({ afterSeq: latest?.seq ?? 0, shown: redone ? (said.get(current) ?? null) : null });
      }
      before = now;
    });
  }, [session, said, latest]);

  if (step && step.afterSeq === (latest?.seq ?? 0)) return step.shown?.doc === doc ? step.shown : null;
  return latest && latest.doc === doc ? latest : null;
}
