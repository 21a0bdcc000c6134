import { afterEach, describe, expect, it } from 'vitest';
import { connectionsFromList, forgetKnownConnections, knownConnections, readPublicList } from './gateway-directory';
import { chooseGateway, forgetGatewayChoice, getConnection, onGatewayChange } from './current-gateway';

afterEach(() => {
  forgetGatewayChoice();
  forgetKnownConnections();
  document.head.querySelector('meta[name="plugin-studio-gateways"]')?.remove();
});

describe('the gateways the page knows', () => {
  it('one connection per lone gateway, one per group of nodes (read from its first, pushed to all)', () => {
    const list = connectionsFromList([
      { name: 'dev', url: 'http://dev:8080' },
      { name: 'edge-a', url: 'http://a:8080', group: 'edge' },
      { name: 'prod', url: 'http://prod:8080' },
      { name: 'edge-b', url: 'http://b:8080', group: 'edge' },
    ]);
    expect(list.map((connection) => connection.key)).toEqual(['gateway:dev', 'group:edge', 'gateway:prod']);
    expect(list[1]).toMatchObject({ label: 'edge', baseUrl: '/gw/edge-a' });
    expect(list[1]?.nodes?.map((node) => node.baseUrl)).toEqual(['/gw/edge-a', '/gw/edge-b']);
  });

  it('reads the served page’s list; without one, the embedded gateway’s instances', () => {
    expect(knownConnections().map((connection) => connection.name)).toEqual(['demo', 'prod', 'cluster']);
    forgetKnownConnections();
    const meta = document.createElement('meta');
    meta.name = 'plugin-studio-gateways';
    meta.content = JSON.stringify([{ name: 'staging', url: 'http://s:8080' }]);
    document.head.append(meta);
    expect(knownConnections().map((connection) => connection.label)).toEqual(['staging']);
  });

  it('switching tells listeners, is remembered, and ignores a gateway it does not know', () => {
    let told = 0;
    const stop = onGatewayChange(() => (told += 1));
    expect(getConnection().name).toBe('demo');
    chooseGateway('embedded:prod');
    expect(getConnection().name).toBe('prod');
    expect(sessionStorage.getItem('plugin-studio:gateway')).toBe('embedded:prod');
    chooseGateway('nowhere');
    expect(getConnection().name).toBe('prod');
    expect(told).toBe(1);
    stop();
  });
});

describe('readPublicList', () => {
  it('takes entries of the served shape, and refuses the whole list for one that is not', () => {
    expect(readPublicList([{ name: 'dev', url: 'http://dev:8080' }, { name: 'n1', url: 'http://n1:8080', group: 'prod' }])).toEqual([
      { name: 'dev', url: 'http://dev:8080' },
      { name: 'n1', url: 'http://n1:8080', group: 'prod' },
    ]);
    expect(readPublicList([{ name: '', url: 'http://x' }])).toBeUndefined();
    expect(readPublicList([{ name: 'a', url: 'http://x', group: 3 }])).toBeUndefined();
    expect(readPublicList([{ name: 'a' }])).toBeUndefined();
    expect(readPublicList({ name: 'a', url: 'http://x' })).toBeUndefined();
  });
});
