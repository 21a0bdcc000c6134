import { formatJsonPath, type JsonPath } from '../json';
import type { Finding } from '../pipeline/model';

interface Frame {
  isObject: boolean;
  keys: Set<string>;
  index: number;
  /** The key or index this container sits at in its parent. */
  at: string | number | undefined;
  expectKey: boolean;
  pendingKey: string | undefined;
}

/**
 * Keys written twice in one object of valid JSON text, with where. JSON.parse and the gateway's Go decoder
 * both keep the last value; the user should still be told, since the first one silently stops counting.
 * Iterative: the text may be nested deep. Stops after `limit` finds.
 */
export function findDuplicateKeys(text: string, limit = 20): { path: JsonPath; key: string }[] {
  if (text.indexOf('":') === -1 && !/"\s+:/.test(text)) return [];
  const found: { path: JsonPath; key: string }[] = [];
  const stack: Frame[] = [];
  const pathOf = (): JsonPath => stack.slice(1).map((frame) => frame.at as string | number);
  const childAt = (): string | number | undefined => {
    const top = stack[stack.length - 1];
    return top ? (top.isObject ? top.pendingKey : top.index) : undefined;
  };
  const valueDone = () => {
    const top = stack[stack.length - 1];
    if (!top) return;
    if (top.isObject) top.pendingKey = undefined;
    else top.index++;
  };
  const n = text.length;
  let i = 0;
  while (i < n && found.length < limit) {
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) {
      stack.push({ isObject: c === 0x7b, keys: new Set(), index: 0, at: childAt(), expectKey: c === 0x7b, pendingKey: undefined });
      i++;
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
      valueDone();
      i++;
    } else if (c === 0x2c) {
      const top = stack[stack.length - 1];
      if (top?.isObject) top.expectKey = true;
      i++;
    } else if (c === 0x22) {
      let j = i + 1;
      while (j < n && text.charCodeAt(j) !== 0x22) j += text.charCodeAt(j) === 0x5c ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top?.isObject && top.expectKey) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (top.keys.has(key)) found.push({ path: pathOf(), key });
        top.keys.add(key);
        top.pendingKey = key;
        top.expectKey = false;
      } else valueDone();
      i = j + 1;
    } else if (c === 0x3a || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
      i++;
    } else {
      while (i < n && !',}] \n\r\t'.includes(text[i] as string)) i++;
      valueDone();
    }
  }
  return found;
}

/** Warnings for keys written twice, for the import and the command line. */
export function duplicateKeyFindings(text: string): Finding[] {
  return findDuplicateKeys(text).map(({ path, key }) => ({
    severity: 'warning',
    code: 'duplicate-key',
    message: `"${key}" is written more than once in ${formatJsonPath(path)}: the gateway keeps the last value, and so does this app; the earlier ones are ignored.`,
    fix: 'Remove the copies you do not mean, so the file says what the gateway does.',
    path: [...path, key],
  }));
}
