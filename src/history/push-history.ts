import { createStore, get, keys, set, type UseStore } from 'idb-keyval';
import { appendPush, EMPTY_LOG, type PushLog, type PushRecord } from '../domain/history';

/**
 * Where pushes are recorded: IndexedDB in the browser (a database of its own, one entry per gateway and API), a Map where there is
 * none (tests). The gateway keeps no history of its files, so this browser's record is the only one.
 */
export interface PushHistory {
  load(gateway: string, apiId: string): Promise<PushLog>;
  record(gateway: string, record: PushRecord): Promise<PushLog>;
  /** The APIs of a gateway with any history, deleted ones included. */
  apis(gateway: string): Promise<string[]>;
}

const keyOf = (gateway: string, apiId: string) => `${gateway}::${apiId}`;

/** Appends run one after another, so two pushes finishing together never lose one. */
function serialised(backend: { read(key: string): Promise<PushLog | undefined>; write(key: string, log: PushLog): Promise<void>; list(): Promise<string[]> }): PushHistory {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    load: async (gateway, apiId) => (await backend.read(keyOf(gateway, apiId))) ?? EMPTY_LOG,
    record: (gateway, record) => {
      const run = queue.then(async () => {
        const key = keyOf(gateway, record.apiId);
        const next = appendPush((await backend.read(key)) ?? EMPTY_LOG, record);
        await backend.write(key, next);
        return next;
      });
      queue = run.catch(() => undefined);
      return run;
    },
    apis: async (gateway) => {
      const prefix = `${gateway}::`;
      return (await backend.list()).filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length));
    },
  };
}

export function createMemoryPushHistory(): PushHistory {
  const logs = new Map<string, PushLog>();
  return serialised({
    read: async (key) => structuredClone(logs.get(key)),
    write: async (key, log) => void logs.set(key, structuredClone(log)),
    list: async () => [...logs.keys()],
  });
}

export function createIndexedDbPushHistory(): PushHistory {
  let store: UseStore | undefined;
  const db = () => (store ??= createStore('plugin-studio-pushes', 'pushes'));
  return serialised({
    read: (key) => get<PushLog>(key, db()),
    write: (key, log) => set(key, log, db()),
    list: async () => (await keys(db())).filter((key): key is string => typeof key === 'string'),
  });
}

let shared: PushHistory | undefined;

export function pushHistory(): PushHistory {
  shared ??= typeof indexedDB === 'undefined' ? createMemoryPushHistory() : createIndexedDbPushHistory();
  return shared;
}

/** For tests: start from an empty history. */
export function setPushHistory(storage: PushHistory): void {
  shared = storage;
}

/** Query key of one API's history on one gateway: refetched after each push. */
export const historyKeys = {
  all: (gateway: string) => ['history', gateway] as const,
  api: (gateway: string, apiId: string) => ['history', gateway, apiId] as const,
};

let counter = 0;
/** A record id unique in this browser. */
export function newRecordId(now: number = Date.now()): string {
  counter += 1;
  return `${now.toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}
