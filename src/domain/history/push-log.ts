import type { JsonObject } from '../json';
import type { DefinitionFormat } from '../pipeline/model';

/**
 * One push as this browser made it: what the gateway served before, and what was sent (null for a delete).
 * Kept per gateway and API; the gateway itself keeps no history of its API files.
 */
export interface PushRecord {
  id: string;
  apiId: string;
  format: DefinitionFormat;
  /** ISO time the push landed. */
  at: string;
  action: 'added' | 'modified' | 'deleted';
  before: JsonObject | null;
  sent: JsonObject | null;
  /** For a cluster: the nodes written to, and those that refused (the push is recorded once any node took it). */
  nodes?: { name: string; ok: boolean }[];
}

/** One API's pushes on one gateway, oldest first, and how many older ones were dropped to stay in bounds. */
export interface PushLog {
  records: PushRecord[];
  dropped: number;
}

export const EMPTY_LOG: PushLog = { records: [], dropped: 0 };

/**
 * How much history one API keeps: at most `records` pushes and about `bytes` of JSON (IndexedDB quotas are
 * per site, and a 200-operation OAS document is ~100 KB).
 */
export interface LogLimits {
  records: number;
  bytes: number;
}

export const DEFAULT_LIMITS: LogLimits = { records: 50, bytes: 2_000_000 };

const sizeOf = (record: PushRecord) => JSON.stringify(record.before ?? null).length + JSON.stringify(record.sent ?? null).length;

/** Add a push; the oldest go first while the log is over its limits (the newest is always kept). */
export function appendPush(log: PushLog, record: PushRecord, limits: LogLimits = DEFAULT_LIMITS): PushLog {
  const records = [...log.records, record];
  let bytes = records.reduce((sum, item) => sum + sizeOf(item), 0);
  let drop = 0;
  while (records.length - drop > 1 && (records.length - drop > limits.records || bytes > limits.bytes)) {
    bytes -= sizeOf(records[drop] as PushRecord);
    drop += 1;
  }
  return { records: records.slice(drop), dropped: log.dropped + drop };
}

/** What the History view says about the bound, when anything was dropped. */
export function droppedNote(log: PushLog, limits: LogLimits = DEFAULT_LIMITS): string | undefined {
  if (log.dropped === 0) return undefined;
  const mb = (limits.bytes / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 });
  return `${log.dropped} older push${log.dropped === 1 ? ' was' : 'es were'} dropped: this browser keeps the last ${limits.records} pushes of an API, up to ${mb} MB.`;
}
