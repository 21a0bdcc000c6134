import { recordTextOrder } from './text-order';

/** Result of reading JSON text: the value, or where and why the text is not JSON. */
export type ParseJsonResult =
  | { ok: true; value: unknown }
  | { ok: false; message: string; line: number; column: number; offset: number };

/**
 * Parses JSON text. Engines word syntax errors differently (and some give no position), so on failure
 * a small scanner of our own finds the first bad character and reports it as 1-based line and column.
 */
export function parseJsonText(text: string): ParseJsonResult {
  // A byte-order mark is not JSON but editors add it; the gateway's Go decoder would refuse it too,
  // so we accept it here and let export write it out without.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const shift = body.length === text.length ? 0 : 1;
  try {
    const value = JSON.parse(body) as unknown;
    recordTextOrder(body, value);
    return { ok: true, value };
  } catch (error) {
    const found = findJsonError(body);
    const offset = (found?.offset ?? 0) + shift;
    const { line, column } = lineColumnAt(text, offset);
    const message = found?.message ?? (error instanceof Error ? error.message : 'Not valid JSON');
    return { ok: false, message: `${message} (line ${line}, column ${column})`, line, column, offset };
  }
}

/** 1-based line and column of a character offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

interface ScanError {
  offset: number;
  message: string;
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * Finds the first syntax error in JSON text, or null when the text is valid. Iterative (an explicit
 * stack) so that deeply nested input cannot overflow the call stack.
 */
export function findJsonError(text: string): ScanError | null {
  const stack: ('{' | '[')[] = [];
  let i = 0;
  const n = text.length;
  const skipWs = () => {
    while (i < n && WS.has(text.charCodeAt(i))) i++;
  };
  const describe = (at: number) => (at >= n ? 'end of text' : `character ${JSON.stringify(text[at])}`);
  const fail = (message: string): ScanError => ({ offset: i, message });

  // Reads one scalar or opens a container; returns an error or null.
  const readValue = (): ScanError | null => {
    skipWs();
    if (i >= n) return fail('Unexpected end of text: a value is missing');
    const c = text[i];
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      return null;
    }
    if (c === '"') return readString();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return readNumber();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return null;
      }
    }
    return fail(`Unexpected ${describe(i)}: expected a value`);
  };
  const readString = (): ScanError | null => {
    i++;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        i++;
        return null;
      }
      if (code === 0x5c) {
        const esc = text[i + 1];
        if (esc === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail('Bad \\u escape in a string');
          i += 6;
        } else if (esc !== undefined && '"\\/bfnrt'.includes(esc)) i += 2;
        else return fail('Bad escape in a string');
        continue;
      }
      if (code < 0x20) return fail('Control character or line break inside a string');
      i++;
    }
    return fail('Unterminated string');
  };
  const readNumber = (): ScanError | null => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '-') return fail('Bad number');
    i += m[0].length;
    return null;
  };

  let err = readValue();
  if (err) return err;
  // After a value (or an opened container) decide what may follow.
  let justOpened = stack.length > 0;
  while (stack.length > 0) {
    skipWs();
    const top = stack[stack.length - 1];
    const c = text[i];
    const close = top === '{' ? '}' : ']';
    if (justOpened) {
      justOpened = false;
      if (c === close) {
        stack.pop();
        i++;
        continue;
      }
    } else if (c === close) {
      stack.pop();
      i++;
      continue;
    } else if (c === ',') {
      i++;
      skipWs();
    } else {
      return fail(`Unexpected ${describe(i)}: expected ',' or '${close}'`);
    }
    if (top === '{') {
      skipWs();
      if (text[i] !== '"') return fail(`Unexpected ${describe(i)}: expected a property name in double quotes`);
      err = readString();
      if (err) return err;
      skipWs();
      if (text[i] !== ':') return fail(`Unexpected ${describe(i)}: expected ':' after the property name`);
      i++;
    }
    const depth = stack.length;
    err = readValue();
    if (err) return err;
    justOpened = stack.length > depth;
  }
  skipWs();
  if (i < n) return fail(`Unexpected ${describe(i)} after the end of the JSON value`);
  return null;
}
