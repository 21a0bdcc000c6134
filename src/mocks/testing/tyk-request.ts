import { EMBEDDED_GATEWAY_SECRET } from '../../gateway/connection';

/** A raw call to the embedded gateway, as any HTTP client would make it (tests only). */
export async function tyk(
  method: string,
  path: string,
  options: { body?: unknown; rawBody?: string; secret?: string | null } = {},
): Promise<{ status: number; json: unknown; contentType: string }> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  const secret = options.secret === undefined ? EMBEDDED_GATEWAY_SECRET : options.secret;
  if (secret !== null) headers['x-tyk-authorization'] = secret;
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const response = await fetch(path, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: response.status, json, contentType: response.headers.get('content-type') ?? '' };
}
