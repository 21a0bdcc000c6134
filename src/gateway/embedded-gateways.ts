import { EMBEDDED_LABEL, type Connection } from './connection';

/**
 * The embedded gateway's instances, for the demo and the tests: the seeded one every test starts from (at
 * `/tyk`, as it always was), a second gateway to compare and promote to, and a cluster of two nodes that
 * each keep their own API files. The others are reached under `/gw/<node>/tyk`, as the app's server routes
 * named gateways.
 */
export const EMBEDDED_NODE_NAMES = ['prod', 'cluster-1', 'cluster-2'] as const;
export type EmbeddedNodeName = (typeof EMBEDDED_NODE_NAMES)[number];

/** A cluster's nodes reload together on `/tyk/reload/group` (the gateway's pub/sub); a lone node only itself. */
export const EMBEDDED_GROUPS: Record<string, readonly EmbeddedNodeName[]> = { cluster: ['cluster-1', 'cluster-2'] };

const nodeBase = (name: string) => `/gw/${encodeURIComponent(name)}`;

export function embeddedConnections(): Connection[] {
  return [
    { mode: 'embedded', label: EMBEDDED_LABEL, key: EMBEDDED_LABEL, baseUrl: '', name: 'demo' },
    { mode: 'embedded', label: 'prod (demo)', key: 'embedded:prod', baseUrl: nodeBase('prod'), name: 'prod' },
    {
      mode: 'embedded',
      label: 'cluster (demo)',
      key: 'embedded:cluster',
      baseUrl: nodeBase('cluster-1'),
      name: 'cluster',
      nodes: (EMBEDDED_GROUPS.cluster ?? []).map((node) => ({ name: node, url: '', baseUrl: nodeBase(node) })),
    },
  ];
}
