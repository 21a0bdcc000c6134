import type { JsonObject } from '../domain/json';
import { isJsonObject } from '../domain/json';
import type { Faults, FailNext } from './store';
import { getFaults, getStored, loadStored, putStored, writeFaults } from './store';

export type { Faults, FailNext };

/** Add faults to the embedded gateway (merged with those already set). */
export function setFaults(faults: Faults): void {
  const next: Faults = { ...getFaults(), ...faults };
  if (next.failNext && (next.failNext.times ?? 1) <= 0) delete next.failNext;
  writeFaults(next);
}

export function clearFaults(): void {
  writeFaults({});
}

/** Take one planned failure for this request (`METHOD /path`), if any is left: the caller answers with it. */
export function takeFailure(request: string): FailNext | undefined {
  const faults = getFaults();
  const failNext = faults.failNext;
  if (!failNext) return undefined;
  if (failNext.match !== undefined && !request.includes(failNext.match)) return undefined;
  const left = (failNext.times ?? 1) - 1;
  const next: Faults = { ...faults };
  if (left > 0) next.failNext = { ...failNext, times: left };
  else delete next.failNext;
  writeFaults(next);
  return failNext;
}

const MARK = ' (changed elsewhere)';

function renameOnce(name: string): string {
  return name.endsWith(MARK) ? name : name + MARK;
}

/**
 * Edit the stored copy of an API as someone else would have (and reload): renames it and records the
 * change in its config data, so a diff shows it. Returns false when there is no such API.
 */
export function simulateConcurrentChange(apiId: string): boolean {
  const api = getStored(apiId);
  if (!api) return false;
  const doc = api.doc;
  const stamp = new Date().toISOString();
  if (api.format === 'classic') {
    doc.name = renameOnce(typeof doc.name === 'string' ? doc.name : apiId);
    const data: JsonObject = isJsonObject(doc.config_data) ? doc.config_data : {};
    data.changed_by = 'another-operator';
    data.changed_at = stamp;
    doc.config_data = data;
  } else {
    const ext = isJsonObject(doc['x-tyk-api-gateway']) ? doc['x-tyk-api-gateway'] : {};
    const info = isJsonObject(ext.info) ? ext.info : {};
    info.name = renameOnce(typeof info.name === 'string' ? info.name : apiId);
    ext.info = info;
    doc['x-tyk-api-gateway'] = ext;
    const oasInfo = isJsonObject(doc.info) ? doc.info : {};
    oasInfo.description = `Changed by another operator at ${stamp}.`;
    doc.info = oasInfo;
  }
  putStored({ ...api, doc });
  // The other operator reloads too, so their change is what the gateway serves.
  loadStored();
  return true;
}
