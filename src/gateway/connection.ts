export type ConnectionMode = 'embedded' | 'proxy';

/** One node of a gateway: a Tyk process with its own API files, reached at `<baseUrl>/tyk/...`. */
export interface GatewayNode {
  name: string;
  /** Where it runs, as shown to the user ('' for the embedded gateway). Never holds a secret. */
  url: string;
  baseUrl: string;
}

export interface Connection {
  mode: ConnectionMode;
  /** What the header shows: the gateway's name or URL, or that the embedded demo gateway answers. */
  label: string;
  /** Path prefix put before `/tyk/...` (same-origin deployments behind a proxy, or `/gw/<name>`); '' by default. */
  baseUrl: string;
  /**
   * What this browser keeps the gateway's drafts, profile, history and cached answers under. For the single
   * gateway of TYK_GATEWAY_URL it is the label, as it always was, so drafts kept before named gateways stay.
   */
  key: string;
  /** The gateway's name in the server's gateways file (or the embedded instance's); absent for the single gateway. */
  name?: string;
  /**
   * The nodes of a cluster whose nodes each keep their own API files: a push writes to every one. Absent for a
   * gateway of one node (reads and writes go to `baseUrl`).
   */
  nodes?: readonly GatewayNode[];
  /** Set on the connection to one node of a cluster (`nodeConnection`): its answers are cached apart. */
  node?: string;
  /** Which setting names this gateway, for advice when it fails: TYK_GATEWAY_URL, or the gateways file. */
  configuredBy?: 'environment' | 'file';
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
  if (url !== '') return { mode: 'proxy', label: url, baseUrl, key: url, configuredBy: 'environment' };
  return { mode: 'embedded', label: EMBEDDED_LABEL, baseUrl, key: EMBEDDED_LABEL };
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

/** The one gateway of TYK_GATEWAY_URL (or the embedded one): the served tag, else the build-time globals. */
export function singleConnection(): Connection {
  return connectionFrom(
    servedGatewayUrl() ?? readGlobal(() => __GATEWAY_URL__),
    readGlobal(() => __GATEWAY_BASE__),
  );
}

/** The nodes a push writes to: a cluster's, or the one gateway itself. */
export function nodesOf(connection: Connection): readonly GatewayNode[] {
  return connection.nodes ?? [{ name: connection.name ?? connection.label, url: connection.mode === 'proxy' ? connection.label : '', baseUrl: connection.baseUrl }];
}

/** The connection that reaches one node of a gateway alone (its drafts and caches stay the gateway's). */
export function nodeConnection(connection: Connection, node: GatewayNode): Connection {
  const { nodes: _nodes, ...rest } = connection;
  return { ...rest, baseUrl: node.baseUrl, name: node.name, node: node.name, label: connection.nodes ? `${connection.label} / ${node.name}` : connection.label };
}

/**
 * The secret the embedded (in-page) gateway expects in `x-tyk-authorization`. It guards nothing: it is
 * here so the embedded gateway can answer a missing or wrong header the way Tyk does. In proxy mode the
 * page sends no secret at all; the app's server adds the real one.
 */
export const EMBEDDED_GATEWAY_SECRET = 'plugin-studio-demo';
