import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { DraftSession } from '../../drafts/draft-session';
import { pushTimeoutSeconds } from '../../state/push-timeout';
import { createPushFlow, type PushFlow } from './push-flow';
import type { PushStep } from './push-steps';

/** The push flow for one open dialog, and the step it is at; requests under way are cancelled on close. */
export function usePushFlow(session: DraftSession, initial: 'review' | 'delete'): { state: PushStep; flow: PushFlow } {
  const client = useQueryClient();
  const [state, setState] = useState<PushStep>(initial === 'delete' ? { step: 'confirm-delete' } : { step: 'checking' });
  const [flow] = useState(() => createPushFlow(session, client, setState, { writeTimeoutMs: pushTimeoutSeconds() * 1000 }));
  useEffect(() => {
    if (initial === 'review') void flow.check();
    return () => flow.cancel();
  }, [flow, initial]);
  return { state, flow };
}
