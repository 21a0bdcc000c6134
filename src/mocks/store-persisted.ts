import { isJsonObject } from '../domain/json';
import { loadApis } from './load';
import type { Faults, GatewayState, StoredApi } from './store-types';

function isStoredApi(value: unknown): value is StoredApi {
  return (
    isJsonObject(value) &&
    typeof value.id === 'string' &&
    (value.format === 'classic' || value.format === 'oas') &&
    isJsonObject(value.doc) &&
    (value.kind === undefined || value.kind === 'mcp')
  );
}

/** Read a persisted state (localStorage text); anything unexpected means "start from the seed". */
export function readPersisted(raw: string | null | undefined): GatewayState | undefined {
  try {
    if (!raw) return undefined;
    const parsed: unknown = JSON.parse(raw);
    if (!isJsonObject(parsed) || parsed.version !== 1 || !Array.isArray(parsed.apis)) return undefined;
    const apis: StoredApi[] = [];
    for (const item of parsed.apis as unknown[]) if (isStoredApi(item)) apis.push(item);
    const faults = isJsonObject(parsed.faults) ? (parsed.faults as Faults) : {};
    const reloads = isJsonObject(parsed.reloads) ? parsed.reloads : {};
    const loaded: StoredApi[] = [];
    if (Array.isArray(parsed.loaded)) for (const item of parsed.loaded as unknown[]) if (isStoredApi(item)) loaded.push(item);
    return {
      version: 1,
      apis,
      // Saved before writes waited for a reload: what is stored is what was being served.
      loaded: Array.isArray(parsed.loaded) ? loaded : loadApis(apis, []),
      faults,
      reloads: {
        node: typeof reloads.node === 'number' ? reloads.node : 0,
        group: typeof reloads.group === 'number' ? reloads.group : 0,
      },
    };
  } catch {
    return undefined;
  }
}
