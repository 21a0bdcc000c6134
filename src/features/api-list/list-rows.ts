import { summarizeApi } from '../../domain/definition/summary';
import { isJsonObject, type JsonObject } from '../../domain/json';
import type { DefinitionFormat } from '../../domain/pipeline/model';
import type { GatewayApi } from '../../gateway/client';

/** What the list needs to sort and search one API, read cheaply (no plugin model). */
export interface ListRow {
  id: string;
  name: string;
  format: DefinitionFormat;
  listenPath: string;
  doc: JsonObject;
  /** Not on the gateway: a draft in this browser (imported or new, not pushed yet). */
  draftOnly?: boolean;
}

/** The plugin side of a row, from the domain's summary (costly: read on demand, then cached). */
export interface RowDetails {
  driver: string;
  pluginCount: number;
  keyless: boolean;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
function obj(value: unknown): JsonObject {
  return isJsonObject(value) ? value : {};
}

/**
 * Classic `name`, `proxy.listen_path`; OAS `x-tyk-api-gateway.info.name` (else `info.title`) and
 * `x-tyk-api-gateway.server.listenPath.value`. The same fields summarizeApi reads, without building the
 * plugin model: 10,000 of these take milliseconds.
 */
export function quickRow(api: GatewayApi): ListRow {
  if (api.format === 'classic') {
    return { id: api.id, name: str(api.doc.name), format: 'classic', listenPath: str(obj(api.doc.proxy).listen_path), doc: api.doc };
  }
  const ext = obj(api.doc['x-tyk-api-gateway']);
  const name = str(obj(ext.info).name) || str(obj(api.doc.info).title);
  return { id: api.id, name, format: 'oas', listenPath: str(obj(obj(ext.server).listenPath).value), doc: api.doc };
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** One row per API, sorted by name (then id) so the list reads the same after every refetch. */
export function listRows(apis: readonly GatewayApi[]): ListRow[] {
  return apis.map(quickRow).sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const detailsCache = new WeakMap<JsonObject, RowDetails>();

/** Whether the row's details have been read already (nothing is computed). */
export function hasDetails(row: ListRow): boolean {
  return detailsCache.has(row.doc);
}

/** Driver, plugin count and keyless of a row, read through the domain once per definition object. */
export function detailsOf(row: ListRow): RowDetails {
  let details = detailsCache.get(row.doc);
  if (!details) {
    const summary = summarizeApi(row.doc, row.format);
    details = { driver: summary.driver, pluginCount: summary.pluginCount, keyless: summary.keyless };
    detailsCache.set(row.doc, details);
  }
  return details;
}

/**
 * Read the details of every row in small slices while the browser is idle, starting once the first
 * screen is up, so that a filter on driver or plugins is instant later without delaying that screen.
 * Returns a cancel function.
 */
export function warmDetails(rows: readonly ListRow[], startAfterMs = 500): () => void {
  let index = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  const hasIdle = typeof requestIdleCallback === 'function';
  const schedule = () => {
    if (hasIdle) idle = requestIdleCallback(step, { timeout: 1000 });
    else timer = setTimeout(() => step(), 0);
  };
  function step(deadline?: IdleDeadline) {
    // At least a small slice each time (an idle callback that timed out has no time left), and more
    // while the idle period lasts.
    const end = index + (deadline ? 50 : 200);
    const more = () => index < end || (deadline !== undefined && deadline.timeRemaining() > 2);
    while (index < rows.length && more()) {
      const row = rows[index];
      if (row) detailsOf(row);
      index += 1;
    }
    if (index < rows.length) schedule();
  }
  timer = setTimeout(schedule, startAfterMs);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined && hasIdle) cancelIdleCallback(idle);
  };
}
