import { describe, expect, it } from 'vitest';
import { installEmbeddedGateway } from '../mocks/testing/embedded-gateway-for-tests';
import { onInstance } from '../mocks/store';
import { setFaults } from '../mocks/faults';
import { getApi, reloadGateway } from './client';
import { deleteFromNode, problemOf, readNode, writeToNode } from './cluster';
import { nodeConnection } from './connection';
import { embeddedConnections } from './embedded-gateways';

installEmbeddedGateway();

const cluster = embeddedConnections().find((connection) => connection.nodes)!;
const [one, two] = cluster.nodes!;
const signal = new AbortController().signal;

describe('a push to each node of a cluster', () => {
  it('writes to a node as it stands (PUT over its copy, POST when it has none); the group reload serves it on every node', async () => {
    const payments = await getApi('payments', 'classic', { connection: nodeConnection(cluster, one!) });
    const sent = { ...payments.doc, name: 'Payments v2' };
    expect(await writeToNode(cluster, two!, 'payments', 'classic', sent, signal)).toMatchObject({ ok: true });
    expect(await readNode(cluster, two!, 'payments', 'classic', sent, signal)).toEqual({ serves: 'differs' });
    await reloadGateway({ group: true }, { connection: nodeConnection(cluster, one!) });
    expect(await readNode(cluster, two!, 'payments', 'classic', sent, signal)).toEqual({ serves: 'same' });
    const created = { api_id: 'loyalty', name: 'Loyalty', org_id: 'acme', proxy: { listen_path: '/loyalty/', target_url: 'http://up' }, version_data: { not_versioned: true, versions: { Default: { name: 'Default' } } } };
    expect(await writeToNode(cluster, two!, 'loyalty', 'classic', created, signal)).toMatchObject({ ok: true });
  });

  it('keeps each node’s failure, in its words with what to do: down, a wrong secret', async () => {
    onInstance('cluster-2', () => setFaults({ secret: 'rotated' }));
    const refused = await writeToNode(cluster, two!, 'payments', 'classic', { api_id: 'payments' }, signal);
    expect(refused.ok).toBe(false);
    expect(problemOf(refused.error)).toMatch(/secret/);
    onInstance('cluster-2', () => setFaults({ secret: undefined, down: true }));
    const down = await writeToNode(cluster, two!, 'payments', 'classic', { api_id: 'payments' }, signal);
    expect(down.ok).toBe(false);
    expect(problemOf(down.error)).toMatch(/does not answer/);
    expect((await readNode(cluster, two!, 'payments', 'classic', null, signal)).serves).toBe('unreadable');
  });

  it('a node that has no such API already agrees with a delete', async () => {
    expect(await deleteFromNode(cluster, two!, 'no-such-api', 'classic', signal)).toMatchObject({ ok: true });
  });
});
