import { singleConnection, type Connection, type GatewayNode } from './connection';
import { embeddedConnections } from './embedded-gateways';

/**
 * What the app's server tells the page about each named gateway (server/gateways-config.mjs): its name, its
 * URL (without any credentials in it) and the group of nodes it belongs to. Never a secret.
 */
export interface PublicGatewayEntry {
  name: string;
  url: string;
  group?: string;
}

/**
 * The list as the server wrote it, or undefined when any entry is not of that shape. Checked by hand: it is
 * read on the first screen, before zod loads.
 */
export function readPublicList(value: unknown): PublicGatewayEntry[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const list: PublicGatewayEntry[] = [];
  for (const item of value as unknown[]) {
    if (item === null || typeof item !== 'object') return undefined;
    const { name, url, group } = item as Record<string, unknown>;
    if (typeof name !== 'string' || name.length === 0 || typeof url !== 'string') return undefined;
    if (group !== undefined && typeof group !== 'string') return undefined;
    list.push(group === undefined ? { name, url } : { name, url, group });
  }
  return list;
}

/** The meta tag `npm run serve` writes the list into (server/index-html.mjs). */
export const GATEWAYS_META = 'plugin-studio-gateways';

function readDefine(): string {
  try {
    return typeof __GATEWAYS__ === 'string' ? __GATEWAYS__ : '';
  } catch {
    return '';
  }
}

/** The named gateways from the served page's tag, else from the dev server's build-time define; [] when none. */
function publicList(): PublicGatewayEntry[] {
  const tag = typeof document === 'undefined' ? undefined : document.querySelector<HTMLMetaElement>(`meta[name="${GATEWAYS_META}"]`)?.content;
  const text = tag ?? readDefine();
  if (!text) return [];
  try {
    return readPublicList(JSON.parse(text)) ?? [];
  } catch {
    return [];
  }
}

const nodeBase = (name: string) => `/gw/${encodeURIComponent(name)}`;

/**
 * One connection per gateway, in the file's order: an entry alone, or the entries that share a `group` as
 * one cluster (read from its first node, pushed to every node).
 */
export function connectionsFromList(list: readonly PublicGatewayEntry[]): Connection[] {
  const connections: Connection[] = [];
  const groups = new Map<string, GatewayNode[]>();
  for (const entry of list) {
    const node: GatewayNode = { name: entry.name, url: entry.url, baseUrl: nodeBase(entry.name) };
    if (entry.group === undefined) {
      connections.push({ mode: 'proxy', label: entry.name, key: `gateway:${entry.name}`, name: entry.name, baseUrl: node.baseUrl, configuredBy: 'file' });
      continue;
    }
    let nodes = groups.get(entry.group);
    if (!nodes) {
      nodes = [];
      groups.set(entry.group, nodes);
      connections.push({ mode: 'proxy', label: entry.group, key: `group:${entry.group}`, name: entry.group, baseUrl: node.baseUrl, nodes, configuredBy: 'file' });
    }
    nodes.push(node);
  }
  return connections;
}

let known: Connection[] | undefined;

/** Every gateway the page can talk to; the first is the one it starts on. Read once per page. */
export function knownConnections(): Connection[] {
  if (known) return known;
  const list = publicList();
  if (list.length > 0) known = connectionsFromList(list);
  else {
    const single = singleConnection();
    known = single.mode === 'embedded' ? embeddedConnections().map((connection) => ({ ...connection, baseUrl: single.baseUrl + connection.baseUrl })) : [single];
  }
  return known;
}

/** The gateway with this key, if the page knows it. */
export function connectionByKey(key: string): Connection | undefined {
  return knownConnections().find((connection) => connection.key === key);
}

/** For tests: read the list again (after changing the page's tags). */
export function forgetKnownConnections(): void {
  known = undefined;
}
