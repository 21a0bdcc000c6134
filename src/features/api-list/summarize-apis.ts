import { summarizeApi } from '../../domain';
import type { ApiSummary } from '../../domain/pipeline/model';
import type { GatewayApi } from '../../gateway/client';

/** One row per API, sorted by name so the list reads the same after every refetch. */
export function summarizeApis(apis: readonly GatewayApi[]): ApiSummary[] {
  return apis
    .map((api) => ({ ...summarizeApi(api.doc, api.format), id: api.id }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}
