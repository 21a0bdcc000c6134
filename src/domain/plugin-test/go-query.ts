/**
 * Go's `url.Values.Encode` (net/url): keys sorted, each value `key=value`, escaped as QueryEscape does
 * (spaces as `+`). The gateway builds a test request's URL and RequestURI with it.
 */
export function encodeGoQuery(values: Readonly<Record<string, readonly string[]>>): string {
  return Object.keys(values)
    .sort()
    .flatMap((key) => (values[key] ?? []).map((value) => `${queryEscape(key)}=${queryEscape(value)}`))
    .join('&');
}

/** net/url QueryEscape: unreserved characters stay, a space becomes `+`, everything else %XX of its UTF-8 bytes. */
export function queryEscape(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) {
    const ch = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(ch)) out += ch;
    else if (ch === ' ') out += '+';
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
