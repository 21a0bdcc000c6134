import { describe, expect, it } from 'vitest';
import { installEmbeddedGateway } from './testing/embedded-gateway-for-tests';
import { tyk } from './testing/tyk-request';
import { onInstance, getServed } from './store';
import { setFaults } from './faults';
import { instanceOfUrl } from './instances';

installEmbeddedGateway();

const ids = (json: unknown) => (json as { api_id: string }[]).map((api) => api.api_id).sort();
const classic = (id: string, name: string) => ({ api_id: id, name, org_id: 'acme', proxy: { listen_path: `/${id}/`, target_url: 'http://upstream' }, version_data: { not_versioned: true, versions: { Default: { name: 'Default' } } } });

describe('the embedded gateway as several named instances', () => {
  it('reads the instance from /gw/<name>/tyk, else the seeded one', () => {
    expect(instanceOfUrl('http://h/gw/prod/tyk/apis')).toBe('prod');
    expect(instanceOfUrl('http://h/base/tyk/apis')).toBe('demo');
  });

  it('each instance keeps its own APIs: a write to one is not seen on another', async () => {
    const demo = ids((await tyk('GET', '/tyk/apis')).json);
    const prod = ids((await tyk('GET', '/gw/prod/tyk/apis')).json);
    expect(demo).toContain('partner-webhooks');
    expect(prod).not.toContain('partner-webhooks');
    expect((await tyk('POST', '/gw/prod/tyk/apis', { body: classic('loyalty', 'Loyalty') })).status).toBe(200);
    await tyk('GET', '/gw/prod/tyk/reload');
    expect(ids((await tyk('GET', '/gw/prod/tyk/apis')).json)).toContain('loyalty');
    expect(ids((await tyk('GET', '/tyk/apis')).json)).not.toContain('loyalty');
    expect(getServed('loyalty')).toBeUndefined();
    expect(onInstance('prod', () => getServed('loyalty'))?.doc.name).toBe('Loyalty');
  });

  it('a group reload reloads every node of the cluster, a node reload only that node', async () => {
    for (const node of ['cluster-1', 'cluster-2']) await tyk('POST', `/gw/${node}/tyk/apis`, { body: classic('loyalty', node) });
    await tyk('GET', '/gw/cluster-1/tyk/reload');
    expect((await tyk('GET', '/gw/cluster-1/tyk/apis/loyalty')).status).toBe(200);
    expect((await tyk('GET', '/gw/cluster-2/tyk/apis/loyalty')).status).toBe(404);
    await tyk('GET', '/gw/cluster-1/tyk/reload/group');
    expect(((await tyk('GET', '/gw/cluster-2/tyk/apis/loyalty')).json as { name: string }).name).toBe('cluster-2');
  });

  it('faults are per instance: one node down, another with a different secret', async () => {
    onInstance('cluster-2', () => setFaults({ down: true }));
    onInstance('prod', () => setFaults({ secret: 'rotated' }));
    await expect(tyk('GET', '/gw/cluster-2/tyk/apis')).rejects.toThrow();
    expect((await tyk('GET', '/gw/prod/tyk/apis')).status).toBe(403);
    expect((await tyk('GET', '/gw/cluster-1/tyk/apis')).status).toBe(200);
    expect((await tyk('GET', '/tyk/apis')).status).toBe(200);
  });

  it('concurrent writes to two instances land each on its own', async () => {
    await Promise.all(
      Array.from({ length: 6 }, (_, index) => {
        const node = index % 2 === 0 ? 'cluster-1' : 'cluster-2';
        return tyk('POST', `/gw/${node}/tyk/apis`, { body: classic(`api-${index}`, node) });
      }),
    );
    await tyk('GET', '/gw/cluster-1/tyk/reload/group');
    const one = ids((await tyk('GET', '/gw/cluster-1/tyk/apis')).json).filter((id) => id.startsWith('api-'));
    const two = ids((await tyk('GET', '/gw/cluster-2/tyk/apis')).json).filter((id) => id.startsWith('api-'));
    expect(one).toEqual(['api-0', 'api-2', 'api-4']);
    expect(two).toEqual(['api-1', 'api-3', 'api-5']);
  });
});
