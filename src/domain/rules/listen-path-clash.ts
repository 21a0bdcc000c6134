import { summarizeApi } from '../definition/summary';
import type { JsonObject } from '../json';
import type { DefinitionFormat } from '../pipeline/model';

/** Another API on the same gateway that serves the listen path this one asks for. */
export interface ListenPathClash {
  listenPath: string;
  otherId: string;
  otherName: string;
  /** Where the gateway serves this API instead (gateway/api_loader.go:207-232). */
  servedAt: string;
}

export interface GatewayApiRef {
  id: string;
  format: DefinitionFormat;
  doc: JsonObject;
}

/** Listen paths compare without trailing slashes: `/orders` and `/orders/` route alike. */
const comparable = (path: string) => path.trim().replace(/\/+$/, '') || '/';

/** The APIs (other than `exceptId`) that serve `listenPath`: the check the New API form runs as a path is typed. */
export function apisServing(listenPath: string, others: readonly GatewayApiRef[], exceptId = ''): { id: string; name: string }[] {
  if (listenPath.trim() === '') return [];
  const wanted = comparable(listenPath);
  const found: { id: string; name: string }[] = [];
  for (const other of others) {
    if (other.id === exceptId) continue;
    const summary = summarizeApi(other.doc, other.format);
    if (summary.listenPath.trim() !== '' && comparable(summary.listenPath) === wanted) found.push({ id: other.id, name: summary.name || other.id });
  }
  return found;
}

/**
 * The APIs on the gateway that already serve this API's listen path. Both stay loaded, but after the next
 * reload this one is served at `<path>-<api_id>` (gateway/api_loader.go processSpec), so its clients miss it.
 */
export function listenPathClashes(doc: JsonObject, format: DefinitionFormat, others: readonly GatewayApiRef[]): ListenPathClash[] {
  const mine = summarizeApi(doc, format);
  return apisServing(mine.listenPath, others, mine.id).map((other) => ({
    listenPath: mine.listenPath,
    otherId: other.id,
    otherName: other.name,
    servedAt: `${mine.listenPath}-${mine.id}`,
  }));
}
