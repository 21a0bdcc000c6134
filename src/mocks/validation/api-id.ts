/** Go's url.QueryUnescape: "+" is a space; undefined when an escape is malformed. */
function queryUnescape(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/**
 * An API id the gateway will use as a file name (internal/sanitize/path.go ValidatePathComponent): not
 * empty, "." or "..", and no path separator, even after up to three rounds of URL decoding. Anything else
 * is answered 400 "Invalid API ID".
 */
export function isValidApiId(id: string): boolean {
  const bad = (text: string) => text === '' || text === '.' || text === '..';
  if (bad(id)) return false;
  let decoded = id;
  for (let round = 0; round < 3; round += 1) {
    const next = queryUnescape(decoded);
    if (next === undefined || next === decoded) break;
    decoded = next;
  }
  return !bad(decoded) && !/[/\\]/.test(decoded);
}

export const INVALID_API_ID = 'Invalid API ID';
