/** Go's path.Clean for a slash-separated path: no empty or "." elements, ".." resolved. */
function cleanPath(path: string): string {
  const rooted = path.startsWith('/');
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
      else if (!rooted) parts.push('..');
      continue;
    }
    parts.push(part);
  }
  const joined = parts.join('/');
  if (rooted) return `/${joined}`;
  return joined === '' ? '.' : joined;
}

/**
 * Go's url.JoinPath(base, elem) for a path base: the elements joined and cleaned, a trailing slash of the
 * last kept, and a relative base stays relative (net/url URL.JoinPath). The gateway joins a traced
 * request's path onto the listen path this way.
 */
export function joinUrlPath(base: string, elem: string): string {
  const relative = !base.startsWith('/');
  let path = relative ? cleanPath(`/${base}/${elem}`).slice(1) : cleanPath(`${base}/${elem}`);
  if (elem.endsWith('/') && !path.endsWith('/')) path += '/';
  return path;
}
