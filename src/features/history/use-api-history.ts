import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { versionsOf } from '../../domain/history';
import { historyKeys, pushHistory } from '../../history/push-history';

/** One API's pushes on the current gateway, as versions newest first. */
export function useApiHistory(gateway: string, apiId: string) {
  const log = useQuery({ queryKey: historyKeys.api(gateway, apiId), queryFn: () => pushHistory().load(gateway, apiId), staleTime: 0 });
  const versions = useMemo(() => (log.data ? versionsOf(log.data) : []), [log.data]);
  return { log, versions };
}

/** Every API of the current gateway with a history in this browser. */
export function useHistoryApis(gateway: string) {
  return useQuery({ queryKey: [...historyKeys.all(gateway), 'apis'], queryFn: () => pushHistory().apis(gateway), staleTime: 0 });
}
