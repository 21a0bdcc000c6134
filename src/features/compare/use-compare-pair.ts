import { useSearchParams } from 'react-router';
import type { Connection } from '../../gateway/connection';
import { getConnection } from '../../gateway/current-gateway';
import { connectionByKey, knownConnections } from '../../gateway/gateway-directory';

/**
 * The two gateways being compared, kept in the address (`?left=<key>&right=<key>`) so a report can be
 * linked to: by default the current gateway against the next one the page knows.
 */
export function useComparePair(): { left: Connection; right: Connection | undefined; choose: (side: 'left' | 'right', key: string) => void } {
  const [params, setParams] = useSearchParams();
  const current = getConnection();
  const left = connectionByKey(params.get('left') ?? '') ?? current;
  const fallback = knownConnections().find((connection) => connection.key !== left.key);
  const right = connectionByKey(params.get('right') ?? '') ?? fallback;
  const choose = (side: 'left' | 'right', key: string) =>
    setParams(
      (next) => {
        next.set('left', side === 'left' ? key : left.key);
        if (right || side === 'right') next.set('right', side === 'right' ? key : (right?.key ?? ''));
        return next;
      },
      { replace: true },
    );
  return { left, right, choose };
}

/** `?left=…&right=…` for links that keep the pair. */
export function pairQuery(left: Connection, right: Connection): string {
  return `?left=${encodeURIComponent(left.key)}&right=${encodeURIComponent(right.key)}`;
}
