export type ConnectionMode = 'embedded' | 'proxy';

export interface Connection {
  mode: ConnectionMode;
  /** What the header shows: the gateway's URL, or that the embedded demo gateway answers. */
  label: string;
  /** Path prefix put before `/tyk/...` (same-origin deployments behind a proxy); '' by default. */
  baseUrl: string;
}

export const EMBEDDED_LABEL = 'Embedded gateway (demo)';

function readGlobal(read: () => string): string {
  // The globals are replaced at build time by Vite's `define`; a bare test runner may not define them.
  try {
    const value = read();
    return typeof value === 'string' ? value : '';
  } catch {
    return '';
  }
}

/** Normalise a base path: '' or '/prefix' (leading slash, no trailing slash). */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/\/+$/, '');
  if (trimmed === '') return '';
  return trimmed.startsWith('/') || /^https?:\/\//.test(trimmed) ? trimmed : `/${trimmed}`;
}

/** The connection for a gateway URL ('' = embedded) and a base path. */
export function connectionFrom(gatewayUrl: string, base: string): Connection {
  const url = gatewayUrl.trim();
  const baseUrl = normaliseBase(base);
  if (url !== '') return { mode: 'proxy', label: url, baseUrl };
  return { mode: 'embedded', label: EMBEDDED_LABEL, baseUrl };
}

/** Which gateway the page talks to, from the build-time `__GATEWAY_URL__` and `__GATEWAY_BASE__`. */
export function getConnection(): Connection {
  return connectionFrom(
    readGlobal(() => __GATEWAY_URL__),
    readGlobal(() => __GATEWAY_BASE__),
  );
}

/**
 * The secret the embedded (in-page) gateway expects in `x-tyk-authorization`. It guards nothing: it is
 * here so the embedded gateway can answer a missing or wrong header the way Tyk does. In proxy mode the
 * page sends no secret at all; the dev server adds the real one.
 */
export const EMBEDDED_GATEWAY_SECRET = 'plugin-studio-demo';
