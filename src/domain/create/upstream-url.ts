/** Why an upstream URL (Classic `proxy.target_url`, OAS `upstream.url`) cannot be used, or null. */
export function upstreamUrlProblem(raw: string): string | null {
  const value = raw.trim();
  if (value === '') return 'Enter the upstream URL the gateway forwards to, for example https://httpbin.org.';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'The upstream URL is not a valid URL. Write it in full, for example https://orders.internal:8080.';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return 'The upstream URL must start with http:// or https://.';
  }
  if (url.hostname === '') return 'The upstream URL needs a host name, for example https://orders.internal.';
  return null;
}
