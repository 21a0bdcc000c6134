import { applyEdits, modify, type FormattingOptions, type JSONPath } from 'jsonc-parser';
import { isJsonObject, jsonEqual, type JsonValue } from '../json';

/** One change to the text: the value at `path` becomes `value` (undefined removes it). */
interface TextChange {
  path: JSONPath;
  value: JsonValue | undefined;
}

const sameJson = (a: JsonValue | undefined, b: JsonValue | undefined): boolean => jsonEqual(a, b, { keyOrder: true });

function sameOrder(a: string[], b: string[]): boolean {
  // Sets, not `includes`: an OAS `operations` object may have 200,000 keys.
  const inA = new Set(a);
  const inB = new Set(b);
  const common = a.filter((key) => inB.has(key));
  const commonInB = b.filter((key) => inA.has(key));
  return common.every((key, index) => key === commonInB[index]);
}

/** The smallest set of value replacements that turn `before` into `after`, as paths into the text. */
function collectChanges(before: JsonValue, after: JsonValue, path: JSONPath, out: TextChange[]): void {
  if (sameJson(before, after)) return;
  if (isJsonObject(before) && isJsonObject(after)) {
    const beforeKeys = Object.keys(before);
    const afterKeys = Object.keys(after);
    // The writer appends new keys at the end; new keys in the middle, or kept keys in another order,
    // cannot be patched in place: that object is written afresh.
    const firstNew = afterKeys.findIndex((key) => !(key in before));
    const appendedOnly = firstNew === -1 || afterKeys.slice(firstNew).every((key) => !(key in before));
    if (!sameOrder(beforeKeys, afterKeys) || !appendedOnly) {
      out.push({ path, value: after });
      return;
    }
    for (const key of beforeKeys) {
      if (!(key in after)) out.push({ path: [...path, key], value: undefined });
    }
    for (const key of afterKeys) {
      const was = before[key];
      const now = after[key] as JsonValue;
      if (was === undefined) out.push({ path: [...path, key], value: now });
      else collectChanges(was, now, [...path, key], out);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    after.forEach((item, index) => collectChanges(before[index] as JsonValue, item, [...path, index], out));
    return;
  }
  out.push({ path, value: after });
}

/** Indentation as jsonc-parser wants it, from the text itself. */
function formattingOf(text: string): FormattingOptions {
  const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  const tabs = indent.startsWith('\t');
  return { insertSpaces: !tabs, tabSize: tabs ? 1 : indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

/**
 * Writes `after` by editing the text `before` was read from, so everything the user did not change keeps
 * its bytes: layout, spacing, compact arrays, line endings. Returns null when the result would not read
 * back as `after` (then the caller serializes afresh).
 */
export function patchDefinitionText(text: string, before: JsonValue, after: JsonValue): string | null {
  if (sameJson(before, after)) return text;
  if (!isJsonObject(after)) return null;
  const changes: TextChange[] = [];
  collectChanges(before, after, [], changes);
  if (changes.some((change) => change.path.length === 0)) return null;
  const formattingOptions = formattingOf(text);
  let result = text;
  try {
    for (const change of changes) {
      result = applyEdits(result, modify(result, change.path, change.value, { formattingOptions }));
    }
    return JSON.stringify(JSON.parse(result)) === JSON.stringify(after) ? result : null;
  } catch {
    return null;
  }
}
