import { describe, expect, it } from 'vitest';
import { appendPush, droppedNote, EMPTY_LOG, type PushRecord } from './push-log';

const record = (n: number, size = 10): PushRecord => ({
  id: `r${n}`,
  apiId: 'orders',
  format: 'classic',
  at: `2026-12-0${n}T10:00:00Z`,
  action: 'modified',
  before: { api_id: 'orders', pad: 'x'.repeat(size) },
  sent: { api_id: 'orders', n },
});

describe('the push log of one API', () => {
  it('keeps pushes oldest first within its count, dropping the oldest and counting them', () => {
    let log = EMPTY_LOG;
    for (let n = 1; n <= 5; n += 1) log = appendPush(log, record(n), { records: 3, bytes: 1e9 });
    expect(log.records.map((item) => item.id)).toEqual(['r3', 'r4', 'r5']);
    expect(log.dropped).toBe(2);
    expect(droppedNote(log, { records: 3, bytes: 2e6 })).toBe('2 older pushes were dropped: this browser keeps the last 3 pushes of an API, up to 2 MB.');
  });

  it('drops the oldest while over its size, but always keeps the newest', () => {
    let log = appendPush(EMPTY_LOG, record(1, 500), { records: 50, bytes: 800 });
    log = appendPush(log, record(2, 500), { records: 50, bytes: 800 });
    expect(log.records.map((item) => item.id)).toEqual(['r2']);
    log = appendPush(log, record(3, 5000), { records: 50, bytes: 800 });
    expect(log.records.map((item) => item.id)).toEqual(['r3']);
    expect(log.dropped).toBe(2);
  });

  it('says nothing when nothing was dropped', () => {
    expect(droppedNote(appendPush(EMPTY_LOG, record(1)))).toBeUndefined();
  });
});
