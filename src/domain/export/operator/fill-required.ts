import { isJsonObject, type JsonPath, type JsonValue } from '../../json';
import type { CrdShape } from './crd-shape';

/**
 * Fills, in place, each field a CRD shape requires but `value` lacks with the empty value of its type
 * ("", false, 0, [], {} with its own required fields). The gateway decodes a definition into Go structs,
 * where a missing field is exactly that empty value, so this changes nothing it does. Returns the filled
 * paths and those it could not fill (no type, or an enum without the empty value).
 */
export function fillRequired(
  value: JsonValue | undefined,
  shape: CrdShape,
  path: JsonPath = [],
): { filled: JsonPath[]; unfillable: JsonPath[] } {
  const result = { filled: [] as JsonPath[], unfillable: [] as JsonPath[] };
  walk(value, shape, path, result);
  return result;
}

function walk(
  value: JsonValue | undefined,
  shape: CrdShape,
  path: JsonPath,
  out: { filled: JsonPath[]; unfillable: JsonPath[] },
): void {
  if (Array.isArray(value) && shape.items) {
    const items = shape.items;
    value.forEach((item, i) => walk(item, items, [...path, i], out));
    return;
  }
  if (!isJsonObject(value)) return;
  for (const key of shape.required ?? []) {
    if (Object.hasOwn(value, key)) continue;
    const childShape =
      shape.properties && Object.hasOwn(shape.properties, key) ? shape.properties[key] : undefined;
    const empty = childShape ? emptyValue(childShape) : undefined;
    if (empty === undefined) {
      out.unfillable.push([...path, key]);
      continue;
    }
    Object.defineProperty(value, key, { value: empty, enumerable: true, writable: true, configurable: true });
    out.filled.push([...path, key]);
  }
  for (const [key, child] of Object.entries(value)) {
    const childShape =
      shape.properties && Object.hasOwn(shape.properties, key)
        ? shape.properties[key]
        : shape.additionalProperties;
    if (childShape) walk(child, childShape, [...path, key], out);
  }
}

function emptyValue(shape: CrdShape): JsonValue | undefined {
  const empty: JsonValue | undefined = {
    string: '',
    boolean: false,
    integer: 0,
    number: 0,
    array: [],
    object: {},
  }[shape.type ?? ''];
  if (empty === undefined) return undefined;
  if (shape.enum && !shape.enum.some((allowed) => allowed === empty)) return undefined;
  return empty;
}
