import { isJsonObject, type JsonObject, type JsonPath, type JsonValue } from '../../json';
import type { CrdShape } from './crd-shape';

/** Why a value was left out of a resource. */
export type DropReason = 'unknown-field' | 'wrong-type' | 'not-allowed' | 'null' | 'disabled-entry';

export interface Dropped {
  path: JsonPath;
  reason: DropReason;
  value: JsonValue;
  /** What the CRD expects there (a type, or the allowed values). */
  expected?: string;
}

/**
 * Keeps what a CRD shape accepts, the way the Kubernetes API server would keep it, and lists the rest
 * instead of pruning it silently. A list entry with `disabled: true` whose shape has no `disabled` goes
 * whole: kept without its flag it would be switched on. Key order is kept; "__proto__" stays a plain key.
 */
export function fitToShape(
  value: JsonValue,
  shape: CrdShape,
  path: JsonPath = [],
): { value?: JsonValue; dropped: Dropped[] } {
  const dropped: Dropped[] = [];
  const kept = fit(value, shape, path, dropped);
  return kept === SKIP ? { dropped } : { value: kept, dropped };
}

const SKIP = Symbol('skip');
type Fitted = JsonValue | typeof SKIP;

function fit(value: JsonValue, shape: CrdShape, path: JsonPath, dropped: Dropped[]): Fitted {
  const preserve = shape['x-kubernetes-preserve-unknown-fields'] === true;
  if (value === null) {
    if (shape.nullable || (preserve && !shape.type)) return null;
    dropped.push({ path, reason: 'null', value });
    return SKIP;
  }
  const type = shape.type ?? (shape.properties || shape.additionalProperties ? 'object' : undefined);
  if (type === undefined) return value;
  if (!typeMatches(value, type)) {
    dropped.push({ path, reason: 'wrong-type', value, expected: type });
    return SKIP;
  }
  if (shape.enum && !shape.enum.some((allowed) => allowed === value)) {
    dropped.push({
      path,
      reason: 'not-allowed',
      value,
      expected: shape.enum.map((v) => JSON.stringify(v)).join(', '),
    });
    return SKIP;
  }
  if (Array.isArray(value)) return fitArray(value, shape.items, path, dropped);
  if (isJsonObject(value)) return fitObject(value, shape, preserve, path, dropped);
  return value;
}

function fitArray(
  value: JsonValue[],
  items: CrdShape | undefined,
  path: JsonPath,
  dropped: Dropped[],
): JsonValue[] {
  if (!items) return value;
  const out: JsonValue[] = [];
  value.forEach((item, index) => {
    const at = [...path, index];
    if (isJsonObject(item) && item.disabled === true && !hasOwn(items.properties, 'disabled')) {
      dropped.push({ path: at, reason: 'disabled-entry', value: item });
      return;
    }
    const kept = fit(item, items, at, dropped);
    if (kept !== SKIP) out.push(kept);
  });
  return out;
}

function fitObject(
  value: JsonObject,
  shape: CrdShape,
  preserve: boolean,
  path: JsonPath,
  dropped: Dropped[],
): JsonObject {
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    const at = [...path, key];
    const childShape = hasOwn(shape.properties, key) ? shape.properties[key] : shape.additionalProperties;
    let kept: Fitted;
    if (childShape) kept = fit(child, childShape, at, dropped);
    else if (preserve) kept = child;
    else {
      dropped.push({ path: at, reason: 'unknown-field', value: child });
      kept = SKIP;
    }
    if (kept !== SKIP)
      Object.defineProperty(out, key, { value: kept, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function typeMatches(value: JsonValue, type: string): boolean {
  switch (type) {
    case 'object':
      return isJsonObject(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    default:
      return true;
  }
}

function hasOwn<T>(record: Record<string, T> | undefined, key: string): record is Record<string, T> {
  return record !== undefined && Object.hasOwn(record, key);
}

/** Paths (from `path`) where the shape requires a field that `value` lacks. */
export function missingRequired(
  value: JsonValue | undefined,
  shape: CrdShape,
  path: JsonPath = [],
): JsonPath[] {
  const missing: JsonPath[] = [];
  if (Array.isArray(value) && shape.items) {
    const items = shape.items;
    value.forEach((item, i) => missing.push(...missingRequired(item, items, [...path, i])));
  } else if (isJsonObject(value)) {
    for (const key of shape.required ?? []) if (!Object.hasOwn(value, key)) missing.push([...path, key]);
    for (const [key, child] of Object.entries(value)) {
      const childShape = hasOwn(shape.properties, key) ? shape.properties[key] : shape.additionalProperties;
      if (childShape) missing.push(...missingRequired(child, childShape, [...path, key]));
    }
  }
  return missing;
}
