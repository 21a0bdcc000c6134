import { describe, expect, it } from 'vitest';
import type { PushRecord } from '../domain/history';
import { createMemoryPushHistory, newRecordId } from './push-history';

const record = (apiId: string, n: number): PushRecord => ({ id: newRecordId(), apiId, format: 'classic', at: new Date(n).toISOString(), action: 'modified', before: { n }, sent: { n: n + 1 } });

describe('history storage', () => {
  it('keeps pushes apart per gateway and API, and lists a gateway’s APIs', async () => {
    const history = createMemoryPushHistory();
    await history.record('dev', record('orders', 1));
    await history.record('prod', record('orders', 2));
    await history.record('dev', record('payments', 3));
    expect((await history.load('dev', 'orders')).records.map((item) => item.before)).toEqual([{ n: 1 }]);
    expect((await history.apis('dev')).sort()).toEqual(['orders', 'payments']);
    expect(await history.apis('staging')).toEqual([]);
  });

  it('loses no push when several finish at once', async () => {
    const history = createMemoryPushHistory();
    await Promise.all(Array.from({ length: 10 }, (_, n) => history.record('dev', record('orders', n))));
    expect((await history.load('dev', 'orders')).records).toHaveLength(10);
  });
});
