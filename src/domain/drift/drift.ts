import { meaningOf } from '../definition/same-meaning';
import type { JsonObject, JsonPath, JsonValue } from '../json';
import { isJsonObject, jsonEqual } from '../json';
import type { DefinitionFormat } from '../pipeline/model';

/** One API as a gateway serves it (GET /tyk/apis and /tyk/apis/oas, by api id). */
export interface DriftApi {
  id: string;
  format: DefinitionFormat;
  doc: JsonObject;
}

export interface DriftDifference {
  id: string;
  /** Where the two copies differ in meaning (at most `MAX_PATHS`), or that they are in different formats. */
  paths: JsonPath[];
  formats?: [DefinitionFormat, DefinitionFormat];
}

/** Two gateways' APIs compared by id and by meaning: the defaults one gateway filled in are no difference. */
export interface DriftReport {
  onlyLeft: string[];
  onlyRight: string[];
  different: DriftDifference[];
  same: string[];
}

export const MAX_PATHS = 12;

/** The drift between two gateways (ids sorted in each list), e.g. staging against prod, or node against node. */
export function driftReport(left: readonly DriftApi[], right: readonly DriftApi[]): DriftReport {
  const rightById = new Map(right.map((api) => [api.id, api]));
  const leftIds = new Set<string>();
  const report: DriftReport = { onlyLeft: [], onlyRight: [], different: [], same: [] };
  for (const api of left) {
    leftIds.add(api.id);
    const other = rightById.get(api.id);
    if (!other) report.onlyLeft.push(api.id);
    else if (other.format !== api.format) report.different.push({ id: api.id, paths: [], formats: [api.format, other.format] });
    else {
      const paths = differingPaths(api.doc, other.doc, api.format);
      if (paths.length === 0) report.same.push(api.id);
      else report.different.push({ id: api.id, paths });
    }
  }
  for (const api of right) if (!leftIds.has(api.id)) report.onlyRight.push(api.id);
  report.onlyLeft.sort();
  report.onlyRight.sort();
  report.same.sort();
  report.different.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return report;
}

/** Where two copies of one API differ in meaning, deepest first found, at most `MAX_PATHS`; [] when alike. */
export function differingPaths(a: JsonObject, b: JsonObject, format: DefinitionFormat): JsonPath[] {
  if (a === b) return [];
  const left = meaningOf(a, format);
  const right = meaningOf(b, format);
  const found: JsonPath[] = [];
  walk(left, right, [], found);
  return found;
}

function walk(a: JsonValue | undefined, b: JsonValue | undefined, path: (string | number)[], found: JsonPath[]): void {
  if (found.length >= MAX_PATHS || jsonEqual(a, b)) return;
  if (isJsonObject(a) && isJsonObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) walk(a[key], b[key], [...path, key], found);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    a.forEach((item, index) => walk(item, b[index], [...path, index], found));
    return;
  }
  found.push(path);
}

/** The counts a report's summary line gives. */
export function driftSummary(report: DriftReport, names: [string, string]): string {
  const [l, r] = names;
  if (report.onlyLeft.length + report.onlyRight.length + report.different.length === 0) {
    return `${l} and ${r} serve the same ${report.same.length} API${report.same.length === 1 ? '' : 's'}.`;
  }
  return `${report.different.length} different, ${report.onlyLeft.length} only on ${l}, ${report.onlyRight.length} only on ${r}, ${report.same.length} the same.`;
}
