import * as z from 'zod/mini';
import { singleConnection, type Connection, type GatewayNode } from './connection';
import { embeddedConnections } from './embedded-gateways';

/**
 * What the app's server tells the page about each named gateway (server/gateways-config.mjs): its name, its
 * URL (without any credentials in it) and the group of nodes it belongs to. Never a secret.
 */
const publicEntrySchema = z.object({ name: z.string().check(z.minLength(1)), url: z.string(), group: z.optional(z.string()) });
export type PublicGatewayEntry = z.infer<typeof publicEntrySchema>;
const publicListSchema = z.array(publicEntrySchema);

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
    const parsed = publicListSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : [];
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
