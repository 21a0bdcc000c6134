import type { JsonObject, JsonPath, JsonValue } from '../json';
import { isJsonObject } from '../json';
import type { Finding } from '../pipeline/model';

/**
 * Shared by the model reader and `readFindings`: every plugin field is read through these helpers, which
 * treat a wrong type as absent and, when a sink is given, record a finding with the field's JSON path.
 * One code path for both, so the findings always describe exactly what the reader ignored.
 */
export class ReadContext {
  readonly findings: Finding[] | undefined;

  constructor(collect: boolean) {
    this.findings = collect ? [] : undefined;
  }

  private wrongType(path: JsonPath, expected: string, value: JsonValue): void {
    if (!this.findings) return;
    if (value === null) {
      this.findings.push({
        severity: 'info',
        code: 'null-as-empty',
        message: `null where ${expected} belongs is read as empty (the gateway does the same).`,
        path,
      });
      return;
    }
    this.findings.push({
      severity: 'error',
      code: 'wrong-type',
      message: `Expected ${expected} but found ${describeType(value)}; the value is ignored here and the gateway may refuse the definition.`,
      fix: `Replace it with ${expected}.`,
      path,
    });
  }

  /** The object at `key` of `parent`, or undefined (absent or wrong type). */
  obj(parent: JsonObject | undefined, key: string, path: JsonPath): JsonObject | undefined {
    const value = parent?.[key];
    if (value === undefined) return undefined;
    if (isJsonObject(value)) return value;
    this.wrongType([...path, key], 'an object', value);
    return undefined;
  }

  /** The array at `key`, or undefined. */
  arr(parent: JsonObject | undefined, key: string, path: JsonPath): JsonValue[] | undefined {
    const value = parent?.[key];
    if (value === undefined) return undefined;
    if (Array.isArray(value)) return value;
    this.wrongType([...path, key], 'a list', value);
    return undefined;
  }

  /** The string at `key`, or `fallback`. */
  str(parent: JsonObject | undefined, key: string, path: JsonPath, fallback = ''): string {
    const value = parent?.[key];
    if (value === undefined) return fallback;
    if (typeof value === 'string') return value;
    this.wrongType([...path, key], 'a string', value);
    return fallback;
  }

  /** The boolean at `key`, or `fallback`. */
  bool(parent: JsonObject | undefined, key: string, path: JsonPath, fallback = false): boolean {
    const value = parent?.[key];
    if (value === undefined) return fallback;
    if (typeof value === 'boolean') return value;
    this.wrongType([...path, key], 'true or false', value);
    return fallback;
  }

  /** An array item that must be an object. */
  item(value: JsonValue, path: JsonPath): JsonObject | undefined {
    if (isJsonObject(value)) return value;
    this.wrongType(path, 'an object', value);
    return undefined;
  }
}

export function describeType(value: JsonValue | undefined): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  return `the ${typeof value} ${String(value)}`;
}

/** Which costly parts of the model to read (edits on global hooks skip the per-endpoint scans). */
export interface ReadParts {
  endpoints: boolean;
  endpointPlugins: boolean;
  /** OAS: find each endpoint plugin's method and path in `paths` (default true; edits skip it). */
  endpointLocations?: boolean;
}
export const ALL_PARTS: ReadParts = { endpoints: true, endpointPlugins: true };
