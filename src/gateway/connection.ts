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

/**
 * The gateway URL the production server put in the page (`npm run serve` chooses it at start-up, so one
 * build serves any gateway); undefined when the page has no such tag (the dev and preview servers).
 */
function servedGatewayUrl(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  // Read once: the tag never changes in a page's life, and query keys ask for the connection often.
  served ??= { url: document.querySelector<HTMLMetaElement>('meta[name="plugin-studio-gateway"]')?.content };
  return served.url;
}
let served: { url: string | undefined } | undefined;

/** Which gateway the page talks to: the served tag, else the build-time `__GATEWAY_URL__` and `__GATEWAY_BASE__`. */
export function getConnection(): Connection {
  return connectionFrom(
    servedGatewayUrl() ?? readGlobal(() => __GATEWAY_URL__),
    readGlobal(() => __GATEWAY_BASE__),
  );
}

/**
 * The secret the embedded (in-page) gateway expects in `x-tyk-authorization`. It guards nothing: it is
 * here so the embedded gateway can answer a missing or wrong header the way Tyk does. In proxy mode the
 * page sends no secret at all; the app's server adds the real one.
 */
export const EMBEDDED_GATEWAY_SECRET = 'plugin-studio-demo';
