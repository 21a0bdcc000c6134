import { formatJsonPath, type JsonPath } from '../../domain/json';

/** The first place two JSON values differ in content or key order, as a sentence; undefined when identical. */
export function firstDifference(before: unknown, after: unknown, path: JsonPath = []): string | undefined {
  if (Array.isArray(before) || Array.isArray(after)) {
    if (!Array.isArray(before) || !Array.isArray(after)) return `type changed at ${formatJsonPath(path)}`;
    if (before.length !== after.length) return `array length changed at ${formatJsonPath(path)}`;
    for (let i = 0; i < before.length; i++) {
      const diff = firstDifference(before[i], after[i], [...path, i]);
      if (diff) return diff;
    }
    return undefined;
  }
  if (isObject(before) || isObject(after)) {
    if (!isObject(before) || !isObject(after)) return `type changed at ${formatJsonPath(path)}`;
    const keysBefore = Object.keys(before);
    const keysAfter = Object.keys(after);
    const missing = keysBefore.find((key) => !(key in after));
    if (missing !== undefined) return `key lost at ${formatJsonPath([...path, missing])}`;
    const added = keysAfter.find((key) => !(key in before));
    if (added !== undefined) return `key added at ${formatJsonPath([...path, added])}`;
    if (keysBefore.join('\u0000') !== keysAfter.join('\u0000'))
      return `key order changed in ${formatJsonPath(path)}`;
    for (const key of keysBefore) {
      const diff = firstDifference(before[key], after[key], [...path, key]);
      if (diff) return diff;
    }
    return undefined;
  }
  return Object.is(before, after) ? undefined : `value changed at ${formatJsonPath(path)}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
