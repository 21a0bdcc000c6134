import type { QueryClient } from '@tanstack/react-query';
import type { PushRecord } from '../../domain/history';
import type { Draft } from '../../drafts/draft-types';
import { historyKeys, pushHistory, newRecordId } from '../../history/push-history';

/**
 * Keep a landed push in this browser's history of the API (before and sent), then refresh the History view.
 * A failure to record never turns a push that landed into an error: the gateway has the change either way.
 */
export function recordPush(client: QueryClient, draft: Pick<Draft, 'gateway' | 'apiId' | 'format'>, push: Pick<PushRecord, 'action' | 'before' | 'sent' | 'nodes'>): Promise<void> {
  const record: PushRecord = { id: newRecordId(), apiId: draft.apiId, format: draft.format, at: new Date().toISOString(), ...push };
  return pushHistory()
    .record(draft.gateway, record)
    .then(() => client.invalidateQueries({ queryKey: historyKeys.all(draft.gateway) }))
    .catch((error: unknown) => console.warn('Plugin Studio: the push landed but could not be kept in the history', error));
}
