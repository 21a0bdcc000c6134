import { sameMeaning } from '../domain/definition/same-meaning';
import type { JsonObject } from '../domain/json';
import type { DefinitionFormat } from '../domain/pipeline/model';
import { createApi, getApi, reloadGateway, type GatewayApi } from './client';
import type { Connection } from './connection';
import { idOf } from './create';
import { GatewayError } from './errors';

export interface ReadBackInput {
  id: string;
  format: DefinitionFormat;
  /** What was written. */
  sent: JsonObject;
  /** What the gateway served before the write (null: it had no such API). */
  before: JsonObject | null;
  /**
   * A group reload is passed on through the gateway's pub/sub and done by each node in its own time
   * (gateway/api.go groupResetHandler), so the copy is read again until it moves, up to this many times.
   */
  attempts: number;
  signal: AbortSignal;
  /** Between attempts; tests pass a shorter one. */
  waitMs?: number;
  /** The gateway (or node) to read; the current one when absent. */
  connection?: Connection;
}

const isNotFound = (error: unknown) => error instanceof GatewayError && error.kind === 'not-found';

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new DOMException('cancelled', 'AbortError'));
      },
      { once: true },
    );
  });
}

/**
 * What the gateway serves after a reload: its copy once it means what was sent, or once it moved away from
 * what it served before; null when it serves no such API. Read once after a node reload (`?block=true`
 * waits for it), a few times after a group reload.
 */
export async function readBack(input: ReadBackInput): Promise<GatewayApi | null> {
  let latest: GatewayApi | null = null;
  for (let attempt = 0; attempt < Math.max(1, input.attempts); attempt += 1) {
    if (attempt > 0) await wait(input.waitMs ?? 400, input.signal);
    try {
      latest = await getApi(input.id, input.format, { signal: input.signal, ...(input.connection ? { connection: input.connection } : {}) });
    } catch (error) {
      if (!isNotFound(error)) throw error;
      latest = null;
    }
    const moved = latest === null ? input.before !== null : input.before === null || !sameMeaning(latest.doc, input.before, input.format);
    if ((latest && sameMeaning(latest.doc, input.sent, input.format)) || moved) return latest;
  }
  return latest;
}

/**
 * Create an API and have the gateway serve it: POST, hot reload (`group`: every node), read back. Returns
 * the copy to keep as the base of the draft: what was sent when the gateway serves it unchanged in meaning,
 * else what it serves. Null when, after the reload, the gateway does not serve it.
 */
export async function createAndServe(
  format: DefinitionFormat,
  doc: JsonObject,
  group: boolean,
  signal: AbortSignal = new AbortController().signal,
): Promise<JsonObject | null> {
  await createApi(format, doc, { signal });
  await reloadGateway({ group }, { signal });
  const served = await readBack({ id: idOf(doc, format), format, sent: doc, before: null, attempts: group ? 8 : 1, signal });
  if (!served) return null;
  return sameMeaning(served.doc, doc, format) ? doc : served.doc;
}
